/// A one-level JSON object whose values are strings, integers or null (a gas-trace line), read
/// field by field.
enum FlatJSONObject {
    enum Value: Equatable {
        case string(String)
        case integer(Int128)
        case null
    }

    /// Calls `field` with each key (its raw bytes, escapes kept) and value, in order. Keys stay
    /// bytes because a trace has tens of thousands of lines and callers only compare them.
    static func forEachField(
        _ line: ArraySlice<UInt8>, line number: Int,
        _ field: (ArraySlice<UInt8>, Value) throws(TraceJSONLError) -> Void
    ) throws(TraceJSONLError) {
        var scanner = Scanner(bytes: line, line: number)
        try scanner.expect(UInt8(ascii: "{"))
        if try scanner.peek() == UInt8(ascii: "}") { return }
        repeat {
            let key = try scanner.rawString()
            try scanner.expect(UInt8(ascii: ":"))
            try field(key, try scanner.value())
        } while try scanner.separator()
    }

    /// Position in one line; every method skips the whitespace before what it reads.
    struct Scanner {
        let bytes: ArraySlice<UInt8>
        let line: Int
        var index: Int

        init(bytes: ArraySlice<UInt8>, line: Int) {
            self.bytes = bytes
            self.line = line
            index = bytes.startIndex
        }

        mutating func peek() throws(TraceJSONLError) -> UInt8 {
            while index < bytes.endIndex, bytes[index] <= 32 { index += 1 }
            guard index < bytes.endIndex else { throw .malformedLine(line, "unexpected end of line") }
            return bytes[index]
        }

        mutating func expect(_ byte: UInt8) throws(TraceJSONLError) {
            guard try peek() == byte else {
                throw .malformedLine(line, "expected '\(Character(Unicode.Scalar(byte)))'")
            }
            index += 1
        }

        /// True after a comma, false after the closing brace.
        mutating func separator() throws(TraceJSONLError) -> Bool {
            let byte = try peek()
            index += 1
            if byte == UInt8(ascii: ",") { return true }
            if byte == UInt8(ascii: "}") { return false }
            throw .malformedLine(line, "expected ',' or '}'")
        }

        mutating func value() throws(TraceJSONLError) -> Value {
            switch try peek() {
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "n"):
                guard bytes[index...].starts(with: Array("null".utf8)) else {
                    throw .malformedLine(line, "bad literal")
                }
                index += 4
                return .null
            default: return .integer(try integer())
            }
        }

        mutating func integer() throws(TraceJSONLError) -> Int128 {
            let negative = try peek() == UInt8(ascii: "-")
            if negative { index += 1 }
            var value: Int128 = 0
            let first = index
            while index < bytes.endIndex, bytes[index] >= 48, bytes[index] <= 57 {
                let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { throw .malformedLine(line, "number too large") }
                value = product + Int128(bytes[index] - 48)
                index += 1
            }
            guard index > first else { throw .malformedLine(line, "expected a value") }
            return negative ? -value : value
        }

        /// A string's bytes between the quotes, escapes kept.
        mutating func rawString() throws(TraceJSONLError) -> ArraySlice<UInt8> {
            try expect(UInt8(ascii: "\""))
            let start = index
            while index < bytes.endIndex, bytes[index] != UInt8(ascii: "\"") {
                index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard index < bytes.endIndex else { throw .malformedLine(line, "unterminated string") }
            index += 1
            return bytes[start..<(index - 1)]
        }

        mutating func string() throws(TraceJSONLError) -> String {
            try expect(UInt8(ascii: "\""))
            var out: [UInt8] = []
            while index < bytes.endIndex, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.endIndex { index += 1 }
                out.append(bytes[index])
                index += 1
            }
            guard index < bytes.endIndex else { throw .malformedLine(line, "unterminated string") }
            index += 1
            return String(decoding: out, as: UTF8.self)
        }
    }
}
