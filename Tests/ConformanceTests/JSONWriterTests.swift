import Foundation
import TestSupport
import Testing

@testable import Conformance

@Suite struct JSONWriterTests {
    @Test func writesWhatTheParserReadsBack() throws {
        let text =
            #"{"a": [1, -2.5e3, "x\"\\\n\u0001é", true, false, null, {}, []], "b": {"c": 12345678901234567890123}}"#
        let value = try JSONValue.parse(Array(text.utf8))
        let written = JSONWriter.render(value)
        #expect(try JSONValue.parse(Array(written.utf8)) == value)
        #expect(written.contains("12345678901234567890123"))
        #expect(written.contains(#""x\"\\\n\u0001é""#))
        #expect(written.hasPrefix("{\n  \"a\": [\n    1,\n"))
    }

    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func aRealVectorRoundTrips() throws {
        let source = try #require(Corpus.files.first)
        let value = try JSONValue.parse([UInt8](try Data(contentsOf: source)))
        #expect(try JSONValue.parse(Array(JSONWriter.render(value).utf8)) == value)
    }
}
