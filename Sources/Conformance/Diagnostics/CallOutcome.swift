import FVMShared

/// How one invocation ended.
public enum CallOutcome: Sendable, Equatable {
    /// Still on the stack (only seen if the run stopped inside it).
    case unfinished
    /// Returned or exited with this code (0 is success).
    case exited(ExitCode)
    /// Unwound by a kernel error (out of gas, a failed syscall, a fatal error), described.
    case aborted(String)
}
