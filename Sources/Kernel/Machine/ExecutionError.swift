import FVMShared
import IPLD

/// How an operation inside a message's execution failed.
///
/// A syscall error goes back to the calling actor as an error number; out-of-gas and fatal
/// errors unwind the whole invocation.
public enum ExecutionError: Error, CustomStringConvertible {
    case syscall(ErrorNumber, String)
    case outOfGas
    case fatal(FatalError)

    public var description: String {
        switch self {
        case .syscall(let n, let why): "syscall error \(n) (\(n.rawValue)): \(why)"
        case .outOfGas: "out of gas"
        case .fatal(let cause): "fatal: \(cause)"
        }
    }
}

extension ExecutionError {
    /// Wraps a state-tree failure: the VM cannot continue without its state.
    static func state(_ e: StateTreeError) -> ExecutionError { .fatal(.state(e)) }
}
