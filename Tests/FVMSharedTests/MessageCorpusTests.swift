import Foundation
import FVMShared
import IPLD
import Testing
import TestSupport

@Suite struct MessageCorpusTests {
    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func everyMessageRoundTrips() throws {
        var count = 0
        var protocols: [UInt8: Int] = [:]
        for url in Corpus.files {
            for bytes in try Corpus.load(url).messageBytes {
                let message = try Message(cbor: bytes)
                #expect(try message.encode() == bytes, "\(url.lastPathComponent)")
                #expect(message.to.proto == .id)
                protocols[message.from.proto.rawValue, default: 0] += 1
                count += 1
            }
        }
        #expect(count == 377)
        #expect(protocols == [1: 45, 3: 332], "sender protocols of the corpus")
    }
}

@Suite struct AddressTests {
    @Test func idAddresses() throws {
        let a = Address(id: 1234)
        #expect(a.bytes == [0x00, 0xd2, 0x09])
        #expect(a.id == 1234)
        #expect(a.description == "f01234")
        #expect(try Address(bytes: a.bytes) == a)
    }

    @Test func rejectsMalformed() {
        #expect(throws: AddressError.tooShort) { try Address(bytes: [0]) }
        #expect(throws: AddressError.unknownProtocol(9)) { try Address(bytes: [9, 1]) }
        #expect(throws: AddressError.self) { try Address(bytes: [1] + Array(repeating: 0, count: 19)) }
        #expect(throws: AddressError.self) { try Address(bytes: [0, 0x80, 0x00]) }
        #expect(throws: AddressError.self) { try Address(bytes: [0, 0x01, 0x00]) }
    }

    @Test func delegatedAddress() throws {
        let a = try Address(bytes: [4, 10] + Array(repeating: 0xab, count: 20))
        #expect(a.delegated?.namespace == 10)
        #expect(a.delegated?.subaddress.count == 20)
        #expect(a.description.hasPrefix("f410f"))
    }

    @Test func knownTextForm() throws {
        // f1 address text form: protocol, base32(payload ‖ blake2b-4 checksum).
        let payload: [UInt8] = Array(repeating: 0, count: 20)
        let a = try Address(protocol: .secp256k1, payload: payload)
        #expect(a.description.hasPrefix("f1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
        #expect(a.description.count == 2 + 39)
    }
}

@Suite struct ActorStateTests {
    @Test func bothLayouts() throws {
        let code = try CID.compute(codec: CID.Codec.raw, data: [1])
        let head = try CID.compute(codec: CID.Codec.dagCBOR, data: [0x80])
        let s = ActorState(code: code, head: head, nonce: 3, balance: 1000)
        let four = try s.encode(.fourFields)
        let five = try s.encode(.fiveFields)
        #expect(four.first == 0x84)
        #expect(five.first == 0x85)
        #expect(five.last == 0xf6)
        #expect(try ActorState(cbor: four) == s)
        #expect(try ActorState(cbor: five) == s)
    }
}
