import Kernel

/// Reads gas traces in the JSONL shape `--trace` writes and the oracle traces use: one flat object
/// per charge, each line read by the harness's bounded JSON parser.
public enum TraceJSONL {
    public static func parse(_ bytes: [UInt8]) throws(TraceJSONLError) -> [GasTraceEntry] {
        var entries: [GasTraceEntry] = []
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            lineNumber += 1
            if bytes[start..<end].contains(where: { $0 > 32 }) {
                entries.append(try entry(Array(bytes[start..<end]), line: lineNumber))
            }
            start = end + 1
        }
        return entries
    }

    static func entry(_ bytes: [UInt8], line: Int) throws(TraceJSONLError) -> GasTraceEntry {
        let object: JSONValue
        do {
            object = try JSONValue.parse(bytes)
        } catch {
            throw .malformedLine(line, error.reason)
        }
        guard case .object = object else { throw .malformedLine(line, "not an object") }
        guard let nameValue = object["name"] else { throw .missingField(line: line, field: "name") }
        guard case .string(let name) = nameValue else { throw .malformedLine(line, "name is not a string") }
        func number(_ key: String) throws(TraceJSONLError) -> Int128? {
            switch object[key] {
            case nil, .null?: return nil
            case .number(let text)?:
                guard let v = Int128(text) else { throw .malformedLine(line, "\(key) is not an integer") }
                return v
            default: throw .malformedLine(line, "\(key) is not a number")
            }
        }
        let frame = GasTraceFrame(
            depth: Int(clamping: try number("depth") ?? 0),
            actorID: try number("actor_id").flatMap { UInt64(exactly: $0) },
            method: try number("method").flatMap { UInt64(exactly: $0) })
        return GasTraceEntry(
            name: name, compute: Gas(milligas: try number("compute_gas") ?? 0),
            other: Gas(milligas: try number("storage_gas") ?? 0),
            totalUsedAfter: Gas(milligas: try number("total_milligas_after") ?? 0), frame: frame)
    }
}
