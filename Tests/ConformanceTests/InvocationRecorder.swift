import Foundation
import IPLD
import Kernel

/// Wraps the Wasm actor runner and writes down every invocation it serves: the code, the outcome
/// and the bytes of the block it returned or exited with. Reading a block from the registry
/// charges nothing, so a recorded run charges exactly what an unrecorded one does.
final class InvocationRecorder: ActorCodeRunner, @unchecked Sendable {
    struct Invocation: Equatable, CustomStringConvertible {
        var code: String
        var outcome: InvocationOutcome
        var block: IPLDBlock?

        var description: String { "\(code) \(outcome) \(block.map { "\($0.data.count) bytes" } ?? "no block")" }
    }

    private let inner: ActorCodeRunner
    private let lock = NSLock()
    private var log: [Invocation] = []

    init(_ inner: ActorCodeRunner) { self.inner = inner }

    func invoke(code: CID, paramsID: UInt32, kernel: DefaultKernel) throws(ExecutionError) -> InvocationOutcome {
        let outcome = try inner.invoke(code: code, paramsID: paramsID, kernel: kernel)
        var id: UInt32 = 0
        switch outcome {
        case .returned(let b): id = b
        case .exited(_, let b, _): id = b
        default: break
        }
        let block = id == 0 ? nil : try? kernel.blocks.get(id)
        lock.lock()
        log.append(Invocation(code: code.description, outcome: outcome, block: block))
        lock.unlock()
        return outcome
    }

    /// The invocations so far, emptying the log.
    func take() -> [Invocation] {
        lock.lock()
        defer { lock.unlock() }
        let out = log
        log.removeAll()
        return out
    }
}
