@_spi(Fuzzing) import WasmKit

/// Enforces the per-instance page limit and charges growth to the call stack's budget.
final class InstanceMemoryLimiter: ResourceLimiter, @unchecked Sendable {
    let maxBytes: Int
    var budget: CallStackMemoryBudget?
    var currentBytes = 0
    var tableElements = 0

    init(maxPages: UInt64) { maxBytes = Int(min(maxPages, 65536)) * 65536 }

    func limitMemoryGrowth(to desired: Int) throws -> Bool {
        guard desired <= maxBytes else { return false }
        if let budget, !budget.reserve(max(desired - currentBytes, 0)) { return false }
        currentBytes = desired
        return true
    }

    func limitTableGrowth(to desired: Int) throws -> Bool {
        if let budget, !budget.reserve(max(desired - tableElements, 0) * 8) { return false }
        tableElements = desired
        return true
    }
}
