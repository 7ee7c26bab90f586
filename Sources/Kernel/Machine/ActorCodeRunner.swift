import IPLD

/// How actor code ended, before the call manager turns it into an exit code.
public enum InvocationOutcome: Sendable, Equatable {
    /// `invoke` returned this block id (0 = no value).
    case returned(blockID: UInt32)
    /// The actor asked to stop through the exit/abort syscall with its raw code and block id.
    case exited(code: UInt32, blockID: UInt32, message: String)
    /// The Wasm code trapped (unreachable, bad memory access, stack limit, ...).
    case trapped(String)
    /// The module could not be instantiated.
    case instantiationFailed(String)
}

/// Runs actor code for one call frame; the Wasm layer implements it.
public protocol ActorCodeRunner: AnyObject {
    /// Runs `invoke(paramsID)` of the module `code`, with `kernel` serving its syscalls.
    /// Out-of-gas and fatal errors are thrown; everything else is an outcome.
    func invoke(code: CID, paramsID: UInt32, kernel: DefaultKernel) throws(ExecutionError) -> InvocationOutcome
}
