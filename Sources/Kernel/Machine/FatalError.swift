import IPLD

/// Why an invocation cannot go on: the VM itself, its state or its environment failed, not the
/// actor. Each case keeps its cause so the receipt's failure text and tests can tell them apart.
public indirect enum FatalError: Error, CustomStringConvertible {
    /// Actor code had to run on a machine built without an engine.
    case noEngine(code: CID)
    /// The externs could not answer.
    case extern(ExternError)
    /// The state tree could not be read or written.
    case state(StateTreeError)
    /// A block the state refers to is not in the store.
    case missingBlock(CID)
    /// State of `what` exists but cannot be decoded.
    case malformedState(what: String, underlying: any Error)
    /// Actor code could not be loaded or instantiated.
    case actorCode(CID, String)
    /// An invariant of the VM was broken.
    case invariant(String)
    /// The failure happened inside the named syscall.
    case inSyscall(String, FatalError)

    public var description: String {
        switch self {
        case .noEngine(let code): "no Wasm engine is available to run actor code \(code)"
        case .extern(let e): e.description
        case .state(let e): e.description
        case .missingBlock(let cid): "block \(cid) not found"
        case .malformedState(let what, let underlying): "\(what): \(underlying)"
        case .actorCode(let code, let why): "actor code \(code): \(why)"
        case .invariant(let why): why
        case .inSyscall(let name, let cause): "\(name): \(cause)"
        }
    }
}
