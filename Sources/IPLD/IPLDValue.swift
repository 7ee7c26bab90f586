/// The IPLD data model as DAG-CBOR carries it.
public indirect enum IPLDValue: Hashable, Sendable {
    case unsigned(UInt64)
    /// A negative integer stored as CBOR does: the value is `-1 - n`.
    case negative(UInt64)
    case bytes([UInt8])
    case text(String)
    case array([IPLDValue])
    /// Entries in canonical key order (length first, then bytewise).
    case map([MapEntry])
    case link(CID)
    case bool(Bool)
    case null
    case float(Double)

    /// One key/value pair of a map.
    public struct MapEntry: Hashable, Sendable {
        public let key: String
        public let value: IPLDValue
        public init(_ key: String, _ value: IPLDValue) {
            self.key = key
            self.value = value
        }
    }

    /// A map from unordered entries; keys are sorted canonically.
    public static func makeMap(_ entries: [(String, IPLDValue)]) -> IPLDValue {
        .map(entries.map { MapEntry($0.0, $0.1) }.sorted { DagCBOR.keyPrecedes($0.key, $1.key) })
    }

    /// Signed integer view, when it fits in Int64.
    public var int64: Int64? {
        switch self {
        case .unsigned(let v): v <= UInt64(Int64.max) ? Int64(v) : nil
        case .negative(let n): n <= UInt64(Int64.max) ? -1 - Int64(n) : nil
        default: nil
        }
    }

    public var uint64: UInt64? { if case .unsigned(let v) = self { v } else { nil } }
    public var byteString: [UInt8]? { if case .bytes(let b) = self { b } else { nil } }
    public var string: String? { if case .text(let s) = self { s } else { nil } }
    public var list: [IPLDValue]? { if case .array(let a) = self { a } else { nil } }
    public var cid: CID? { if case .link(let c) = self { c } else { nil } }
    public var isNull: Bool { if case .null = self { true } else { false } }

    /// Looks a key up in a map value.
    public subscript(key: String) -> IPLDValue? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// Every CID this value links to, depth first.
    public var links: [CID] {
        var out: [CID] = []
        collectLinks(into: &out)
        return out
    }

    private func collectLinks(into out: inout [CID]) {
        switch self {
        case .link(let c): out.append(c)
        case .array(let items): for i in items { i.collectLinks(into: &out) }
        case .map(let entries): for e in entries { e.value.collectLinks(into: &out) }
        default: break
        }
    }
}
