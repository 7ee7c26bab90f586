import BigInt
import FVMShared
import IPLD

/// Sees every invocation the call manager delivers, for diagnostics (call trees).
///
/// Observers only watch: they are told after the receiver is loaded and before anything is
/// charged for the invocation, so a run with an observer charges exactly what a run without one does.
public protocol CallObserver: AnyObject {
    /// `from` is sending `method` with `value` to actor `to`, whose code is `code`; `gasUsed` is
    /// what the whole message has used so far.
    func invocationStarted(from: UInt64, to: UInt64, code: CID, method: UInt64, value: BigInt, gasUsed: Gas)

    /// The innermost started invocation ended: with an exit code, or unwound by `error`.
    func invocationEnded(_ outcome: Result<ExitCode, ExecutionError>, gasUsed: Gas)
}
