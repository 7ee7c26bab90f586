import IPLD

/// Encodes a CARv1 archive: a DAG-CBOR header `{roots, version: 1}`, then one varint-framed
/// section (CID bytes and block bytes) per block, in the order given.
enum CARWriter {
    static func encode(roots: [CID], blocks: [(cid: CID, data: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        let header = DagCBOR.encode(.makeMap([("roots", .array(roots.map { .link($0) })), ("version", .unsigned(1))]))
        Varint.encode(UInt64(header.count), into: &out)
        out += header
        for block in blocks {
            Varint.encode(UInt64(block.cid.bytes.count + block.data.count), into: &out)
            out += block.cid.bytes + block.data
        }
        return out
    }
}
