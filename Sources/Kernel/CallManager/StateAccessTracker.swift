import FVMShared

/// v3's record of which actors a message has read or written and which addresses it has
/// resolved, so that only the first access of each is charged. Rolled back with transactions.
struct StateAccessTracker {
    enum Access: Int, Comparable {
        case read = 1, updated = 2
        static func < (a: Access, b: Access) -> Bool { a.rawValue < b.rawValue }
    }

    private var actors: [UInt64: Access] = [:]
    private var addresses: Set<Address> = []
    private var saved: [([UInt64: Access], Set<Address>)] = []

    init(preloaded: [UInt64]) {
        for id in preloaded { actors[id] = .updated }
    }

    func access(_ id: UInt64) -> Access? { actors[id] }

    mutating func record(_ id: UInt64, _ access: Access) {
        if let current = actors[id], current >= access { return }
        actors[id] = access
    }

    func isLookedUp(_ address: Address) -> Bool { address.proto == .id || addresses.contains(address) }

    mutating func recordLookup(_ address: Address) {
        if address.proto != .id { addresses.insert(address) }
    }

    mutating func begin() { saved.append((actors, addresses)) }

    mutating func end(revert: Bool) {
        guard let (a, b) = saved.popLast() else { return }
        if revert {
            actors = a
            addresses = b
        }
    }
}
