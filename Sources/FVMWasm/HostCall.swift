/// What a host function gets besides its arguments: the caller's memory and kernel context.
public struct HostCall: ~Copyable {
    /// The calling actor's linear memory.
    public let memory: LinearMemory
    /// The object the kernel passed to `invoke` (its per-invocation kernel).
    public let context: AnyObject?
    var skipResync = false

    /// Skips the gas re-sync after this call, as ref-fvm does when an out-pointer is invalid
    /// (spec §2.6 step 3).
    public mutating func skipGasResync() { skipResync = true }
}
