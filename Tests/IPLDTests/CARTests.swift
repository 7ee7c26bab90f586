import IPLD
import Testing

@Suite struct CARTests {
    func car(roots: [CID], blocks: [(CID, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        let header = DagCBOR.encode(.makeMap([("roots", .array(roots.map { .link($0) })), ("version", .unsigned(1))]))
        Varint.encode(UInt64(header.count), into: &out)
        out += header
        for (cid, data) in blocks {
            Varint.encode(UInt64(cid.bytes.count + data.count), into: &out)
            out += cid.bytes + data
        }
        return out
    }

    @Test func readsAndVerifies() throws {
        let data: [UInt8] = [0x82, 0x01, 0x02]
        let cid = try CID.compute(codec: CID.Codec.dagCBOR, data: data)
        let file = try CARFile(bytes: car(roots: [cid], blocks: [(cid, data)]))
        #expect(file.roots == [cid])
        #expect(file.blocks.count == 1)
    }

    @Test func rejectsAWrongHash() throws {
        let cid = try CID.compute(codec: CID.Codec.dagCBOR, data: [0x01])
        #expect(throws: IPLDError.hashMismatch(cid)) { try CARFile(bytes: car(roots: [cid], blocks: [(cid, [0x02])])) }
    }

    @Test func rejectsBadHeaders() throws {
        #expect(throws: IPLDError.self) { try CARFile(bytes: []) }
        #expect(throws: IPLDError.self) { try CARFile(bytes: [0x05, 0x01]) }
        #expect(throws: IPLDError.self) { try CARFile(bytes: car(roots: [], blocks: [])) }
        let cid = try CID.compute(codec: CID.Codec.dagCBOR, data: [0x01])
        var truncated = car(roots: [cid], blocks: [(cid, [0x01])])
        truncated.removeLast()
        #expect(throws: IPLDError.self) { try CARFile(bytes: truncated) }
    }

    @Test func gzip() throws {
        #expect(throws: IPLDError.self) { try Gzip.decompress([1, 2, 3]) }
        // "hello\n" compressed by gzip -n.
        let hello: [UInt8] = [
            0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9,
            0xe7, 0x02, 0x00, 0x20, 0x30, 0x3a, 0x36, 0x06, 0x00, 0x00, 0x00,
        ]
        #expect(try Gzip.decompress(hello) == Array("hello\n".utf8))
        #expect(throws: IPLDError.self) { try Gzip.decompress(Array(hello.dropLast(6))) }
        var corrupt = hello
        corrupt[12] ^= 0xff
        #expect(throws: IPLDError.self) { try Gzip.decompress(corrupt) }
    }
}
