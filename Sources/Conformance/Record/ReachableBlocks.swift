import IPLD

/// The blocks a recorded vector's CAR must carry: those reachable from a state root, walking
/// DAG-CBOR links, minus the ones the caller already has elsewhere (the bundle's code, or the
/// blocks an existing CAR holds, which cannot link to new ones).
enum ReachableBlocks {
    /// Every block reachable from `root` in `store` for which `skip` is false, following links
    /// only through such blocks, sorted by CID text so that a CAR built from them is the same
    /// bytes every time.
    static func collect(from root: CID, in store: Blockstore, skipping skip: (CID) -> Bool) throws
        -> [(cid: CID, data: [UInt8])]
    {
        var stack = [root]
        var seen: Set<CID> = []
        var found: [(cid: CID, data: [UInt8])] = []
        while let cid = stack.popLast() {
            guard seen.insert(cid).inserted, !skip(cid), let data = store.get(cid) else { continue }
            found.append((cid, data))
            if cid.codec == CID.Codec.dagCBOR { stack += try DagCBOR.decode(data).links }
        }
        return found.sorted { "\($0.cid)" < "\($1.cid)" }
    }
}
