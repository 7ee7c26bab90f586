/// Memory held by all live instances of one call stack, for the v3 2 GiB limit.
///
/// One per message execution; used from the thread running that call stack only.
public final class CallStackMemoryBudget: @unchecked Sendable {
    /// Bytes the call stack may hold.
    public let limit: Int
    /// Bytes currently held.
    public internal(set) var used: Int = 0

    /// Creates an empty budget.
    public init(limit: Int) { self.limit = limit }

    func reserve(_ bytes: Int) -> Bool {
        guard bytes <= limit - used else { return false }
        used += bytes
        return true
    }
}
