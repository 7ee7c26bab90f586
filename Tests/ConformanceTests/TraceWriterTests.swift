import Kernel
import Testing

@testable import Conformance

/// Trace lines are JSON whatever name an actor gives its charge.
@Suite struct TraceWriterTests {
    static func line(name: String) -> String {
        let entry = GasTraceEntry(
            name: name, compute: Gas(milligas: 1), other: .zero, totalUsedAfter: Gas(milligas: 1), frame: .executor)
        return TraceWriter.render([entry])
    }

    @Test func controlCharactersInNamesAreEscaped() throws {
        let line = Self.line(name: "a\u{1}b\nc\"d")
        #expect(line.hasPrefix(#"{"name": "a\u0001b\nc\"d", "#))
        #expect(line.filter { $0 == "\n" }.count == 1)
        let parsed = try JSONValue.parse(Array(line.dropLast().utf8))
        #expect(parsed["name"]?.stringValue == "a\u{1}b\nc\"d")
    }

    @Test func plainNamesAreWrittenAsBefore() {
        #expect(Self.line(name: "OnChainMessage").hasPrefix(#"{"name": "OnChainMessage", "compute_gas": 1, "#))
    }
}
