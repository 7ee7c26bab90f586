/// A 256-bit EVM word (storage key or value), kept as 32 big-endian bytes.
public struct EVMWord: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let bytes: [UInt8]

    public static let zero = EVMWord(unchecked: [UInt8](repeating: 0, count: 32))

    private init(unchecked bytes: [UInt8]) { self.bytes = bytes }

    /// Left-pads up to 32 big-endian bytes (longer input is an error, not a truncation).
    public init(bigEndian raw: [UInt8]) throws(FEVMError) {
        let significant = Array(raw.drop { $0 == 0 })
        guard significant.count <= 32 else {
            throw .malformedHex(field: "word", reason: "\(significant.count) significant bytes exceed 32")
        }
        bytes = [UInt8](repeating: 0, count: 32 - significant.count) + significant
    }

    /// Parses `0x…` with up to 64 hex digits; an odd digit count is padded on the left, as the
    /// Ethereum tests write quantities (`0x0`, `0x03e8`).
    public init(hex: String) throws(FEVMError) {
        var digits = hex.hasPrefix("0x") || hex.hasPrefix("0X") ? String(hex.dropFirst(2)) : hex
        if digits.isEmpty { digits = "0" }
        if digits.count % 2 == 1 { digits = "0" + digits }
        try self.init(bigEndian: try Hex.decode(digits, field: "word"))
    }

    public init(_ value: UInt64) {
        var b = [UInt8](repeating: 0, count: 24)
        for shift in stride(from: 56, through: 0, by: -8) { b.append(UInt8((value >> UInt64(shift)) & 0xff)) }
        bytes = b
    }

    public var isZero: Bool { bytes.allSatisfy { $0 == 0 } }

    /// The big-endian bytes without leading zeros: how the EVM actor serialises a U256.
    public var minimalBytes: [UInt8] { Array(bytes.drop { $0 == 0 }) }

    public var description: String {
        let text = Hex.encode(minimalBytes)
        return "0x" + (text.isEmpty ? "00" : text)
    }

    public static func < (a: EVMWord, b: EVMWord) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}
