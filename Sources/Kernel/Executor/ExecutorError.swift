import IPLD

/// Why a message could not be applied at all (the runner reports this as a failure).
public enum ExecutorError: Error, CustomStringConvertible {
    /// The message is malformed before any state is read (`msg.check()`).
    case invalidMessage(String)
    /// The message needed actor code and the machine has no engine to run it.
    case noEngine(code: CID)
    /// The state tree failed while `doing` something the executor cannot skip.
    case state(StateTreeError, doing: String)
    /// The executor's own bookkeeping is inconsistent.
    case invariant(String)

    public var description: String {
        switch self {
        case .invalidMessage(let why): why
        case .noEngine(let code): "no Wasm engine is available to run actor code \(code)"
        case .state(let error, let doing): "\(doing): \(error)"
        case .invariant(let why): why
        }
    }
}
