import Foundation
import IPLD
import Testing

@Suite struct CIDTests {
    @Test func v1StringRoundTrip() throws {
        let text = "bafy2bzacebc3bt6cedhoyw34drrmjvazhu4oj25er2ebk4u445pzycvq4ta4a"
        let cid = try CID(string: text)
        #expect(cid.version == 1)
        #expect(cid.codec == CID.Codec.dagCBOR)
        #expect(cid.hash.code == Multihash.Code.blake2b_256)
        #expect(cid.description == text)
        // The empty-array block 0x80 hashes to this CID (EMPTY_ARR_CID).
        #expect(try CID.compute(codec: CID.Codec.dagCBOR, data: [0x80]) == cid)
    }

    @Test func rawCodeCIDs() throws {
        let cid = try CID(string: "bafk2bzacedfvut2myeleyq67fljcrw4kkmn5pb5dpyozovj7jpoez5irnc3ro")
        #expect(cid.codec == CID.Codec.raw)
        #expect(try CID(bytes: cid.bytes) == cid)
    }

    @Test func v0StringRoundTrip() throws {
        let text = "QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n"
        let cid = try CID(string: text)
        #expect(cid.version == 0)
        #expect(cid.hash.code == Multihash.Code.sha2_256)
        #expect(cid.description == text)
        #expect(cid.bytes.count == 34)
    }

    @Test func identityAndSha256Multihashes() throws {
        let id = try CID.compute(codec: CID.Codec.raw, data: [1, 2, 3], hashCode: Multihash.Code.identity)
        #expect(id.hash.digest == [1, 2, 3])
        #expect(try id.verifies([1, 2, 3]))
        let sha = try CID.compute(codec: CID.Codec.cbor, data: Array("abc".utf8), hashCode: Multihash.Code.sha2_256)
        #expect(
            sha.hash.digest.map { String(format: "%02x", $0) }.joined()
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try CID(string: sha.description) == sha)
    }

    @Test func rejectsMalformed() {
        #expect(throws: IPLDError.self) { try CID(string: "xabc") }
        #expect(throws: IPLDError.self) { try CID(string: "b!!!") }
        #expect(throws: IPLDError.self) { try CID(bytes: [0x01, 0x71]) }
        #expect(throws: IPLDError.self) { try CID(bytes: [0x02, 0x71, 0x12, 0x00]) }
        #expect(throws: IPLDError.self) { try Multihash.compute(code: 0x1234, data: []) }
    }

    @Test func varints() throws {
        for v: UInt64 in [0, 1, 127, 128, 300, 0xb220, UInt64.max] {
            var offset = 0
            #expect(try Varint.decode(Varint.encode(v), at: &offset) == v)
        }
        var offset = 0
        #expect(throws: IPLDError.self) { try Varint.decode([0x80, 0x00], at: &offset) }
    }

    @Test func blake2b() {
        let digest = Blake2b.hash256(Array("abc".utf8))
        #expect(
            digest.map { String(format: "%02x", $0) }.joined()
                == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319")
        var h = Blake2bHasher()
        h.update(Array("a".utf8))
        h.update(Array("bc".utf8))
        #expect(h.finalize() == digest)
    }
}
