import IPLD

/// The blocks of a state that a vector's CAR must carry.
enum ScenarioBlocks {
    /// Every DAG-CBOR block reachable from `root` in `store` that `excluded` (the bundle) lacks,
    /// sorted by CID text so that a CAR built from them is the same bytes every time.
    static func reachable(from root: CID, in store: Blockstore, excluding excluded: Blockstore) throws
        -> [(cid: CID, data: [UInt8])]
    {
        var stack = [root]
        var seen: Set<CID> = []
        var found: [(cid: CID, data: [UInt8])] = []
        while let cid = stack.popLast() {
            guard seen.insert(cid).inserted, !excluded.has(cid), let data = store.get(cid) else { continue }
            found.append((cid, data))
            if cid.codec == CID.Codec.dagCBOR { stack += try DagCBOR.decode(data).links }
        }
        return found.sorted { "\($0.cid)" < "\($1.cid)" }
    }
}
