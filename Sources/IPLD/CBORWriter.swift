/// Canonical DAG-CBOR output: minimal heads, definite lengths, tag 42 links.
public struct CBORWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 64) { bytes.reserveCapacity(capacity) }

    /// Writes a head with the minimal argument encoding.
    public mutating func writeHead(major: UInt8, _ value: UInt64) {
        let m = major << 5
        switch value {
        case 0..<24: bytes.append(m | UInt8(value))
        case 24..<0x100: bytes.append(m | 24); bytes.append(UInt8(value))
        case 0x100..<0x1_0000:
            bytes.append(m | 25)
            bytes.append(UInt8(value >> 8)); bytes.append(UInt8(value & 0xff))
        case 0x1_0000..<0x1_0000_0000:
            bytes.append(m | 26)
            for s in stride(from: 24, through: 0, by: -8) { bytes.append(UInt8((value >> UInt64(s)) & 0xff)) }
        default:
            bytes.append(m | 27)
            for s in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8((value >> UInt64(s)) & 0xff)) }
        }
    }

    public mutating func writeUInt(_ v: UInt64) { writeHead(major: 0, v) }

    public mutating func writeInt(_ v: Int64) {
        if v >= 0 { writeHead(major: 0, UInt64(v)) } else { writeHead(major: 1, UInt64(-1 - v)) }
    }

    public mutating func writeBytes(_ b: some Collection<UInt8>) {
        writeHead(major: 2, UInt64(b.count))
        bytes.append(contentsOf: b)
    }

    public mutating func writeText(_ s: String) {
        let utf8 = Array(s.utf8)
        writeHead(major: 3, UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    public mutating func writeArrayHeader(_ count: Int) { writeHead(major: 4, UInt64(count)) }
    public mutating func writeMapHeader(_ count: Int) { writeHead(major: 5, UInt64(count)) }

    public mutating func writeCID(_ cid: CID) {
        bytes.append(0xd8); bytes.append(42)
        writeHead(major: 2, UInt64(cid.bytes.count + 1))
        bytes.append(0)
        bytes.append(contentsOf: cid.bytes)
    }

    public mutating func writeNull() { bytes.append(0xf6) }
    public mutating func writeBool(_ b: Bool) { bytes.append(b ? 0xf5 : 0xf4) }

    /// Appends already-encoded CBOR (a value encoded elsewhere).
    public mutating func writeRaw(_ encoded: [UInt8]) { bytes.append(contentsOf: encoded) }

    /// Writes any data-model value canonically (map entries are re-sorted if needed).
    public mutating func write(_ value: IPLDValue) {
        switch value {
        case .unsigned(let v): writeHead(major: 0, v)
        case .negative(let n): writeHead(major: 1, n)
        case .bytes(let b): writeBytes(b)
        case .text(let s): writeText(s)
        case .array(let items):
            writeArrayHeader(items.count)
            for i in items { write(i) }
        case .map(let entries):
            writeMapHeader(entries.count)
            for e in entries.sorted(by: { DagCBOR.keyPrecedes($0.key, $1.key) }) {
                writeText(e.key)
                write(e.value)
            }
        case .link(let c): writeCID(c)
        case .bool(let b): writeBool(b)
        case .null: writeNull()
        case .float(let d):
            bytes.append(0xfb)
            let bits = d.bitPattern
            for s in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8((bits >> UInt64(s)) & 0xff)) }
        }
    }
}
