import BigInt
import IPLD
import Testing

@Suite struct DagCBORTests {
    func rejects(_ bytes: [UInt8]) -> Bool {
        (try? DagCBOR.decode(bytes)) == nil
    }

    @Test func canonicalEncoding() {
        #expect(DagCBOR.encode(.unsigned(23)) == [0x17])
        #expect(DagCBOR.encode(.unsigned(24)) == [0x18, 24])
        #expect(DagCBOR.encode(.unsigned(256)) == [0x19, 1, 0])
        #expect(DagCBOR.encode(.negative(0)) == [0x20])
        #expect(
            DagCBOR.encode(.makeMap([("bb", .null), ("a", .bool(true)), ("c", .unsigned(1))])) == [
                0xa3, 0x61, 0x61, 0xf5, 0x61, 0x63, 0x01, 0x62, 0x62, 0x62, 0xf6,
            ])
    }

    @Test func strictDecoding() {
        #expect(rejects([0x18, 0x05]), "non-minimal integer")
        #expect(rejects([0x19, 0x00, 0x10]), "non-minimal integer")
        #expect(rejects([0x5f, 0x41, 0x00, 0xff]), "indefinite byte string")
        #expect(rejects([0x9f, 0xff]), "indefinite array")
        #expect(rejects([0xa2, 0x61, 0x62, 0x00, 0x61, 0x61, 0x00]), "unsorted map keys")
        #expect(rejects([0xa2, 0x61, 0x61, 0x00, 0x61, 0x61, 0x00]), "duplicate map keys")
        #expect(rejects([0xa1, 0x01, 0x00]), "non-string map key")
        #expect(rejects([0xc1, 0x00]), "tag other than 42")
        #expect(rejects([0xd8, 0x2a, 0x41, 0x01]), "CID without 0x00 prefix")
        #expect(rejects([0xf7]), "undefined")
        #expect(rejects([0xf9, 0x00, 0x00]), "half float")
        #expect(rejects([0x01, 0x02]), "trailing bytes")
        #expect(rejects([0x62, 0xff, 0xfe]), "invalid UTF-8")
        #expect(rejects([0x82, 0x01]), "truncated array")
        #expect(rejects([0x5a, 0xff, 0xff, 0xff, 0xff]), "length past the end")
        #expect(rejects(Array(repeating: 0x81, count: 5000) + [0x00]), "too deep")
    }

    @Test func linksRoundTrip() throws {
        let cid = try CID.compute(codec: CID.Codec.dagCBOR, data: [0x80])
        let value = IPLDValue.array([.link(cid), .bytes([1, 2]), .text("x"), .negative(9)])
        let bytes = DagCBOR.encode(value)
        #expect(try DagCBOR.decode(bytes) == value)
        #expect(value.links == [cid])
    }

    @Test func filecoinBigInts() throws {
        #expect(try FilecoinBigInt.bytes(0) == [])
        #expect(try FilecoinBigInt.bytes(256) == [0, 1, 0])
        #expect(try FilecoinBigInt.bytes(-1) == [1, 1])
        #expect(try FilecoinBigInt.value([0, 0, 5]) == 5, "leading zeros tolerated")
        #expect(try FilecoinBigInt.value([1]) == 0, "lone sign byte")
        #expect(throws: IPLDError.self) { try FilecoinBigInt.value([2, 1]) }
        #expect(throws: IPLDError.self) { try FilecoinBigInt.bytes(BigInt(1) << 1016) }
        let big = BigInt("449635413874404813717387686")
        #expect(try FilecoinBigInt.value(try FilecoinBigInt.bytes(big)) == big)
    }
}
