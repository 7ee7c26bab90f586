/// What a host function gets: its arguments, the caller's memory and the kernel context.
public struct HostCall: ~Copyable {
    /// The arguments, by position.
    public let arguments: HostArguments
    /// The calling actor's linear memory.
    public let memory: LinearMemory
    /// The object the kernel passed to `invoke` (its per-invocation kernel).
    public let context: AnyObject?
    /// The i32 the function returns (syscalls return an error number; 0 is success).
    public var result: UInt32 = 0
    var skipResync = false

    init(arguments: HostArguments, memory: LinearMemory, context: AnyObject?) {
        self.arguments = arguments
        self.memory = memory
        self.context = context
    }

    /// Skips the gas re-sync after this call, as ref-fvm does when an out-pointer is invalid.
    public mutating func skipGasResync() { skipResync = true }
}
