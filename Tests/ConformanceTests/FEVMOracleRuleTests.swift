import Conformance
import Foundation
import IPLD
import Testing

/// The pieces of the FEVM oracle that need no actors: storage KAMT, hostile test JSON, skip rules.
struct FEVMOracleRuleTests {
    /// Slots with long shared prefixes (0 and 1 differ only in the last bit) round-trip.
    @Test func storageKAMTRoundTrips() throws {
        let store = MemoryBlockstore()
        var slots: [EVMWord: EVMWord] = [:]
        for k: UInt64 in [0, 1, 2, 31, 32, 0x10000, .max] { slots[EVMWord(k)] = EVMWord(k &+ 7) }
        slots[try EVMWord(hex: "0x" + String(repeating: "f", count: 64))] = EVMWord(1)
        let root = EVMStorage.write(slots.merging([EVMWord(99): .zero]) { a, _ in a }, store: store)
        #expect(try EVMStorage.read(root: root, store: store) == slots)
        #expect(EVMStorage.write(slots, store: MemoryBlockstore()) == root)
    }

    /// A malformed case is that case's error; its neighbours still parse.
    @Test func malformedCaseIsAnErrorOfThatCase() throws {
        let text = #"{"bad": {"blocks": 3}, "worse": {"pre": {"0xzz": {}}, "blocks": []}}"#
        let cases = try EthereumTestParser.cases(try JSONValue.parse(Array(text.utf8)))
        #expect(cases.count == 2)
        for c in cases {
            guard case .failure(let e) = c.parsed else {
                Issue.record("\(c.name) parsed")
                continue
            }
            #expect(!e.reason.isEmpty)
        }
        #expect(throws: EthereumTestError.self) { try EthereumTestParser.cases(.array([])) }
    }

    /// Words and addresses refuse what does not fit instead of truncating it.
    @Test func hexInputIsBounded() {
        #expect(throws: FEVMError.self) { try EVMWord(hex: "0x1" + String(repeating: "0", count: 64)) }
        #expect(throws: FEVMError.self) { try EthAddress(hex: "0x1234") }
        #expect(throws: FEVMError.self) { try EthAddress(hex: "0x" + String(repeating: "g", count: 40)) }
        #expect((try? EVMWord(hex: "0x03e8")) == EVMWord(1000))
    }
}

extension FEVMOracleRuleTests {
    /// A case whose dispatcher calls `0x1000 + calldata[4:36]`, with COINBASE in the second callee.
    static func dispatcherCase(selecting index: Int) throws -> EthereumTestCase {
        let account = { (code: String) in #"{"balance": "0x01", "nonce": "0x00", "code": "\#(code)", "storage": {}}"# }
        let data = "0x693c6139" + String(repeating: "0", count: 62) + String(format: "%02x", index)
        let text = """
            {"case": {
              "pre": {
                "0xcccccccccccccccccccccccccccccccccccccccc": \(account("0x600060006000600060006004356110000162fffffff100")),
                "0x0000000000000000000000000000000000001000": \(account("0x600160005500")),
                "0x0000000000000000000000000000000000001001": \(account("0x4160005500")),
                "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b": \(account("0x"))
              },
              "blocks": [{"blockHeader": {"gasUsed": "0x01", "baseFeePerGas": "0x0a", "timestamp": "0x03e8",
                  "coinbase": "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba", "stateRoot": "0x00"},
                "transactions": [{"sender": "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b",
                  "to": "0xcccccccccccccccccccccccccccccccccccccccc", "data": "\(data)", "value": "0x00",
                  "gasLimit": "0x04c4b400", "gasPrice": "0x0a"}]}],
              "postStateHash": "0x00"
            }}
            """
        let parsed = try #require(try EthereumTestParser.cases(try JSONValue.parse(Array(text.utf8))).first)
        return try parsed.parsed.get()
    }

    /// Skips follow the code the calldata selects, not every contract of the file.
    @Test func skipRuleReadsTheReachedCode() throws {
        #expect(EthereumTestDeviation.dependencies(of: try Self.dispatcherCase(selecting: 0)).isEmpty)
        #expect(EthereumTestDeviation.dependencies(of: try Self.dispatcherCase(selecting: 1)) == [.blockEnvironment])
    }
}
