import IPLD

/// CBOR diagnostic notation (RFC 8949 §8) of decoded IPLD values, for showing message params.
/// Links are shown the DAG-JSON way, `{"/": "bafy…"}`; long byte strings are cut.
public enum CBORDiagnostic {
    /// Byte strings longer than this show their first bytes and their length (params).
    public static let defaultByteLimit = 32

    /// The notation of `bytes`, or a note that they are not DAG-CBOR.
    public static func render(_ bytes: [UInt8]) -> String {
        if bytes.isEmpty { return "(none)" }
        guard let value = try? DagCBOR.decode(bytes) else { return "(not DAG-CBOR: \(bytes.count) bytes)" }
        return render(value)
    }

    public static func render(_ value: IPLDValue, byteLimit: Int = defaultByteLimit) -> String {
        let render = { (v: IPLDValue) in Self.render(v, byteLimit: byteLimit) }
        return switch value {
        case .unsigned(let v): "\(v)"
        case .negative(let n): n == .max ? "-18446744073709551616" : "-\(n + 1)"
        case .bytes(let b): bytesText(b, limit: byteLimit)
        case .text(let s): "\"\(s.replacingOccurrences(of: "\"", with: "\\\""))\""
        case .array(let items): "[" + items.map(render).joined(separator: ", ") + "]"
        case .map(let entries): "{" + entries.map { "\"\($0.key)\": \(render($0.value))" }.joined(separator: ", ") + "}"
        case .link(let cid): "{\"/\": \"\(cid)\"}"
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .float(let d): "\(d)"
        }
    }

    static func bytesText(_ b: [UInt8], limit: Int) -> String {
        let shown = b.prefix(limit).map { hexDigits($0) }.joined()
        return b.count > limit ? "h'\(shown)…' (\(b.count) bytes)" : "h'\(shown)'"
    }

    static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
