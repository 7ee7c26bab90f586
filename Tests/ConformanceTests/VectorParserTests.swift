import BigInt
import Conformance
import Foundation
import Testing
import TestSupport

@Suite struct VectorParserTests {
    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func everyOfficialVectorParses() throws {
        var withRandomness = 0
        for url in Corpus.files {
            let v = try VectorParser.parse([UInt8](try Data(contentsOf: url)))
            #expect(v.vectorClass == "message")
            #expect(v.preconditions.variants.count == 1)
            #expect(v.applyMessages.count == 1)
            #expect(v.postconditions.receipts.count == 1)
            if !v.randomness.isEmpty { withRandomness += 1 }
        }
        #expect(withRandomness == 103)
    }

    @Test func bigIntegersAreExact() throws {
        let json = #"{"a": 463973544302560247587615610, "b": 1.5, "c": "x\u00e9\n"}"#
        let value = try JSONValue.parse(Array(json.utf8))
        #expect(value["a"]?.numberText == "463973544302560247587615610")
        #expect(BigInt(value["a"]!.numberText!) == BigInt("463973544302560247587615610"))
        #expect(value["c"]?.stringValue == "xé\n")
    }

    @Test func bothRandomnessEncodings() throws {
        let digest = Data(repeating: 7, count: 32).base64EncodedString()
        let json = """
            [{"on": ["chain", 100], "ret": "\(digest)"},
             {"on": ["beacon", 5, 200, "AQID"], "ret": "\(digest)"}]
            """
        let rules = try VectorParser.randomness(try JSONValue.parse(Array(json.utf8)))
        #expect(
            rules == [
                .digest(kind: .chain, epoch: 100, digest: Array(repeating: 7, count: 32)),
                .value(kind: .beacon, dst: 5, epoch: 200, entropy: [1, 2, 3], value: Array(repeating: 7, count: 32)),
            ])
        #expect(throws: VectorError.self) {
            try VectorParser.randomness(try JSONValue.parse(Array(#"[{"on": ["moon", 1], "ret": ""}]"#.utf8)))
        }
    }

    @Test func malformedJSON() {
        for text in ["{", "{\"a\" 1}", "[1,]", "\"\\x\"", "01", "{} x", "[\"\u{01}\"]"] {
            #expect(throws: JSONParseError.self, "\(text)") { try JSONValue.parse(Array(text.utf8)) }
        }
    }
}
