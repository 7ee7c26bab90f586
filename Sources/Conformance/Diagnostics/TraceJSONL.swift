import Kernel

/// Reads gas traces in the JSONL shape `--trace` writes and the oracle traces use: one flat object
/// per charge. A dedicated scanner, because traces of big vectors run to tens of megabytes and a
/// general JSON parser spends most of its time building values nobody keeps.
public enum TraceJSONL {
    public static func parse(_ bytes: [UInt8]) throws(TraceJSONLError) -> [GasTraceEntry] {
        var entries: [GasTraceEntry] = []
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            lineNumber += 1
            if bytes[start..<end].contains(where: { $0 > 32 }) {
                entries.append(try entry(bytes[start..<end], line: lineNumber))
            }
            start = end + 1
        }
        return entries
    }

    /// The fields of one line, as read.
    struct Line {
        var name: String?
        var numbers: [Int128?] = Array(repeating: nil, count: Key.allCases.count)
    }

    /// The numeric fields, by their JSON key.
    enum Key: Int, CaseIterable {
        case compute, storage, totalAfter, depth, actor, method
        static let names: [[UInt8]] = [
            "compute_gas", "storage_gas", "total_milligas_after", "depth", "actor_id", "method",
        ]
        .map { Array($0.utf8) }
    }

    static let nameKey = Array("name".utf8)

    static func entry(_ bytes: ArraySlice<UInt8>, line: Int) throws(TraceJSONLError) -> GasTraceEntry {
        var fields = Line()
        try FlatJSONObject.forEachField(bytes, line: line) { (key, value) throws(TraceJSONLError) in
            if key.elementsEqual(nameKey) {
                guard case .string(let s) = value else { throw .malformedLine(line, "name is not a string") }
                fields.name = s
            } else if let k = Key.names.firstIndex(where: { key.elementsEqual($0) }) {
                switch value {
                case .integer(let v): fields.numbers[k] = v
                case .null: fields.numbers[k] = nil
                case .string: throw .malformedLine(line, "\(String(decoding: key, as: UTF8.self)) is not a number")
                }
            }
        }
        guard let name = fields.name else { throw .missingField(line: line, field: "name") }
        let n = fields.numbers
        let frame = GasTraceFrame(
            depth: Int(clamping: n[Key.depth.rawValue] ?? 0),
            actorID: n[Key.actor.rawValue].flatMap { UInt64(exactly: $0) },
            method: n[Key.method.rawValue].flatMap { UInt64(exactly: $0) })
        return GasTraceEntry(
            name: name, compute: Gas(milligas: n[Key.compute.rawValue] ?? 0),
            other: Gas(milligas: n[Key.storage.rawValue] ?? 0),
            totalUsedAfter: Gas(milligas: n[Key.totalAfter.rawValue] ?? 0), frame: frame)
    }
}
