/// A strict DAG-CBOR cursor: it rejects whatever a canonical encoder could not have produced.
public struct CBORReader {
    public let bytes: [UInt8]
    public private(set) var offset: Int
    /// Nesting limit, so hostile input cannot exhaust the native stack.
    public static let maxDepth = 1024

    public init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    public var isAtEnd: Bool { offset >= bytes.count }

    /// Major type of the next item without consuming it.
    public func peekMajor() throws(IPLDError) -> UInt8 {
        guard offset < bytes.count else { throw .truncated("CBOR item") }
        return bytes[offset] >> 5
    }

    /// True when the next item is `null`.
    public func peekNull() -> Bool { offset < bytes.count && bytes[offset] == 0xf6 }

    /// Reads a head: major type and argument; rejects indefinite and non-minimal forms.
    public mutating func readHead() throws(IPLDError) -> (major: UInt8, value: UInt64) {
        guard offset < bytes.count else { throw .truncated("CBOR head") }
        let initial = bytes[offset]
        offset += 1
        let major = initial >> 5
        let info = initial & 0x1f
        var value: UInt64
        switch info {
        case 0..<24: value = UInt64(info)
        case 24, 25, 26, 27:
            let n = 1 << Int(info - 24)
            guard bytes.count - offset >= n else { throw .truncated("CBOR head argument") }
            value = 0
            for i in 0..<n { value = (value << 8) | UInt64(bytes[offset + i]) }
            offset += n
            if major != 7 {
                let minimal: Bool
                switch info {
                case 24: minimal = value >= 24
                case 25: minimal = value > 0xff
                case 26: minimal = value > 0xffff
                default: minimal = value > 0xffff_ffff
                }
                guard minimal else { throw .nonCanonicalCBOR("non-minimal integer or length encoding") }
            }
        case 31: throw .nonCanonicalCBOR("indefinite length")
        default: throw .invalidCBOR("reserved additional information \(info)")
        }
        return (major, value)
    }

    private mutating func expect(_ major: UInt8, _ what: String) throws(IPLDError) -> UInt64 {
        let head = try readHead()
        guard head.major == major else { throw .invalidCBOR("expected \(what), found major type \(head.major)") }
        return head.value
    }

    public mutating func readUInt() throws(IPLDError) -> UInt64 { try expect(0, "unsigned integer") }

    public mutating func readInt() throws(IPLDError) -> Int64 {
        let head = try readHead()
        switch head.major {
        case 0:
            guard head.value <= UInt64(Int64.max) else { throw .invalidCBOR("integer overflows i64") }
            return Int64(head.value)
        case 1:
            guard head.value <= UInt64(Int64.max) else { throw .invalidCBOR("integer overflows i64") }
            return -1 - Int64(head.value)
        default: throw .invalidCBOR("expected integer, found major type \(head.major)")
        }
    }

    public mutating func readBytes() throws(IPLDError) -> [UInt8] {
        let n = try expect(2, "byte string")
        return try take(n, "byte string")
    }

    public mutating func readText() throws(IPLDError) -> String {
        let n = try expect(3, "text string")
        let raw = try take(n, "text string")
        guard let s = String(validating: raw, as: UTF8.self) else { throw .invalidCBOR("text is not UTF-8") }
        return s
    }

    public mutating func readArrayHeader() throws(IPLDError) -> Int {
        let n = try expect(4, "array")
        guard n <= UInt64(bytes.count - offset) else { throw .truncated("array") }
        return Int(n)
    }

    /// Reads an array header and checks its length (tuple-encoded structs).
    public mutating func readTupleHeader(_ count: Int, _ type: String) throws(IPLDError) {
        let n = try readArrayHeader()
        guard n == count else { throw .decodeFailed(type: type, reason: "expected \(count) fields, found \(n)") }
    }

    public mutating func readMapHeader() throws(IPLDError) -> Int {
        let n = try expect(5, "map")
        guard n <= UInt64(bytes.count - offset) else { throw .truncated("map") }
        return Int(n)
    }

    public mutating func readCID() throws(IPLDError) -> CID {
        let tag = try expect(6, "tag 42 (CID)")
        guard tag == 42 else { throw .invalidCBOR("unsupported tag \(tag)") }
        return try readCIDPayload()
    }

    private mutating func readCIDPayload() throws(IPLDError) -> CID {
        let raw = try readBytes()
        guard raw.first == 0 else { throw .invalidCBOR("CID byte string lacks the 0x00 multibase prefix") }
        return try CID(bytes: Array(raw.dropFirst()))
    }

    /// Reads `null` or a value.
    public mutating func readOptional<T>(_ read: (inout CBORReader) throws(IPLDError) -> T) throws(IPLDError) -> T? {
        if peekNull() { offset += 1; return nil }
        return try read(&self)
    }

    public mutating func readBool() throws(IPLDError) -> Bool {
        guard offset < bytes.count else { throw .truncated("bool") }
        switch bytes[offset] {
        case 0xf4: offset += 1; return false
        case 0xf5: offset += 1; return true
        default: throw .invalidCBOR("expected bool")
        }
    }

    private mutating func take(_ n: UInt64, _ what: String) throws(IPLDError) -> [UInt8] {
        guard n <= UInt64(bytes.count - offset) else { throw .truncated(what) }
        let out = Array(bytes[offset..<(offset + Int(n))])
        offset += Int(n)
        return out
    }

    /// Reads any value of the data model.
    public mutating func readValue(depth: Int = 0) throws(IPLDError) -> IPLDValue {
        guard depth < Self.maxDepth else { throw .invalidCBOR("nesting deeper than \(Self.maxDepth)") }
        guard offset < bytes.count else { throw .truncated("CBOR item") }
        let initial = bytes[offset]
        if initial >> 5 == 7 { return try readSimple() }
        let head = try readHead()
        switch head.major {
        case 0: return .unsigned(head.value)
        case 1: return .negative(head.value)
        case 2: return .bytes(try take(head.value, "byte string"))
        case 3:
            let raw = try take(head.value, "text string")
            guard let s = String(validating: raw, as: UTF8.self) else { throw .invalidCBOR("text is not UTF-8") }
            return .text(s)
        case 4:
            guard head.value <= UInt64(bytes.count - offset) else { throw .truncated("array") }
            var items: [IPLDValue] = []
            items.reserveCapacity(Int(head.value))
            for _ in 0..<head.value { items.append(try readValue(depth: depth + 1)) }
            return .array(items)
        case 5:
            guard head.value <= UInt64(bytes.count - offset) else { throw .truncated("map") }
            var entries: [IPLDValue.MapEntry] = []
            entries.reserveCapacity(Int(head.value))
            var previous: [UInt8]? = nil
            for _ in 0..<head.value {
                guard try peekMajor() == 3 else { throw .invalidCBOR("map key is not a string") }
                let keyBytes = try take(try expect(3, "map key"), "map key")
                if let p = previous {
                    if p == keyBytes { throw .invalidCBOR("duplicate map key") }
                    guard DagCBOR.keyPrecedes(p, keyBytes) else { throw .nonCanonicalCBOR("map keys out of order") }
                }
                previous = keyBytes
                guard let key = String(validating: keyBytes, as: UTF8.self) else {
                    throw .invalidCBOR("map key is not UTF-8")
                }
                entries.append(.init(key, try readValue(depth: depth + 1)))
            }
            return .map(entries)
        case 6:
            guard head.value == 42 else { throw .invalidCBOR("unsupported tag \(head.value)") }
            return .link(try readCIDPayload())
        default:
            throw .invalidCBOR("unexpected major type \(head.major)")
        }
    }

    private mutating func readSimple() throws(IPLDError) -> IPLDValue {
        let initial = bytes[offset]
        offset += 1
        switch initial {
        case 0xf4: return .bool(false)
        case 0xf5: return .bool(true)
        case 0xf6: return .null
        case 0xfb:
            guard bytes.count - offset >= 8 else { throw .truncated("float") }
            var bits: UInt64 = 0
            for i in 0..<8 { bits = (bits << 8) | UInt64(bytes[offset + i]) }
            offset += 8
            let d = Double(bitPattern: bits)
            guard d.isFinite else { throw .invalidCBOR("NaN and infinities are not allowed") }
            return .float(d)
        case 0xf9, 0xfa: throw .nonCanonicalCBOR("floats must be 64-bit")
        case 0xf7: throw .invalidCBOR("undefined is not allowed")
        case 0xff: throw .nonCanonicalCBOR("unexpected break (indefinite length)")
        default: throw .invalidCBOR("unsupported simple value 0x\(String(initial, radix: 16))")
        }
    }

    /// Skips one item, validating it.
    public mutating func skipValue() throws(IPLDError) { _ = try readValue() }
}

/// Whole-block DAG-CBOR helpers.
public enum DagCBOR {
    /// Decodes exactly one value occupying all of `bytes`.
    public static func decode(_ bytes: [UInt8]) throws(IPLDError) -> IPLDValue {
        var reader = CBORReader(bytes)
        let value = try reader.readValue()
        guard reader.isAtEnd else { throw .invalidCBOR("trailing bytes after the top-level item") }
        return value
    }

    /// Encodes canonically.
    public static func encode(_ value: IPLDValue) -> [UInt8] {
        var w = CBORWriter()
        w.write(value)
        return w.bytes
    }

    /// Canonical DAG-CBOR map-key order: shorter first, then bytewise.
    public static func keyPrecedes(_ a: String, _ b: String) -> Bool { keyPrecedes(Array(a.utf8), Array(b.utf8)) }

    public static func keyPrecedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
    }
}
