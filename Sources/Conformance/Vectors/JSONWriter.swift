/// Writes a `JSONValue` as indented JSON text: two spaces per level, `"key": value`, members in
/// their order, numbers exactly as read. The same value always gives the same bytes.
public enum JSONWriter {
    /// The document followed by a newline.
    public static func render(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .object(let members):
            writeContainer(members.count, open: "{", close: "}", indent: indent, into: &out) { i, out in
                out += quoted(members[i].0) + ": "
                write(members[i].1, indent: indent + 1, into: &out)
            }
        case .array(let items):
            writeContainer(items.count, open: "[", close: "]", indent: indent, into: &out) { i, out in
                write(items[i], indent: indent + 1, into: &out)
            }
        case .string(let s): out += quoted(s)
        case .number(let n): out += n
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    private static func writeContainer(
        _ count: Int, open: String, close: String, indent: Int, into out: inout String,
        item: (Int, inout String) -> Void
    ) {
        guard count > 0 else {
            out += open + close
            return
        }
        let inner = String(repeating: "  ", count: indent + 1)
        out += open + "\n"
        for i in 0..<count {
            out += inner
            item(i, &out)
            out += i + 1 < count ? ",\n" : "\n"
        }
        out += String(repeating: "  ", count: indent) + close
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
