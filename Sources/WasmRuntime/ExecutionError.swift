/// Why an invocation ended without results: a trap, or an error thrown by a host function.
public enum ExecutionError: Error {
    case trap(Trap)
    case host(any Error)
}
