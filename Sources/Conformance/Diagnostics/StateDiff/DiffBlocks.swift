import IPLD

/// Reads the blocks a diff descends into. A vector's CAR holds only the blocks its message
/// touched, so an absent block is a normal event: it is remembered and reported, never thrown.
final class DiffBlocks {
    let store: Blockstore
    /// Blocks that were wanted and not found (or not DAG-CBOR), in the order first wanted.
    private(set) var missing: [CID] = []

    init(store: Blockstore) { self.store = store }

    func value(_ cid: CID) -> IPLDValue? {
        if let bytes = store.get(cid), let value = try? DagCBOR.decode(bytes) { return value }
        if !missing.contains(cid) { missing.append(cid) }
        return nil
    }
}
