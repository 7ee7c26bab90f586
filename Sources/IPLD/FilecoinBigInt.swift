import BigInt

/// Filecoin's serialisation of big integers (token amounts, power): a CBOR byte string holding
/// a sign byte (0 positive, 1 negative) and the big-endian magnitude; empty for zero.
public enum FilecoinBigInt {
    /// Upstream caps the serialised form at 128 bytes, sign byte included.
    public static let maxBytes = 128

    /// Serialised bytes of `value` (the content of the CBOR byte string).
    public static func bytes(_ value: BigInt) throws(IPLDError) -> [UInt8] {
        if value.isZero { return [] }
        var magnitude: [UInt8] = []
        var rest = value.magnitude
        while !rest.isZero {
            magnitude.append(UInt8(truncatingIfNeeded: rest & 0xff))
            rest >>= 8
        }
        let out: [UInt8] = [value.sign == .minus ? 1 : 0] + magnitude.reversed()
        guard out.count <= maxBytes else { throw .invalidBigInt("value needs more than \(maxBytes) bytes") }
        return out
    }

    /// Parses serialised bytes; tolerates redundant leading zeros and a lone sign byte, as upstream does.
    public static func value(_ bytes: [UInt8]) throws(IPLDError) -> BigInt {
        guard !bytes.isEmpty else { return 0 }
        guard bytes.count <= maxBytes else { throw .invalidBigInt("longer than \(maxBytes) bytes") }
        var magnitude = BigUInt(0)
        for byte in bytes.dropFirst() { magnitude = (magnitude << 8) | BigUInt(byte) }
        switch bytes[0] {
        case 0: return BigInt(magnitude)
        case 1: return -BigInt(magnitude)
        default: throw .invalidBigInt("invalid sign byte \(bytes[0])")
        }
    }
}

extension CBORWriter {
    /// Writes a big integer in Filecoin form.
    public mutating func writeBigInt(_ value: BigInt) throws(IPLDError) { writeBytes(try FilecoinBigInt.bytes(value)) }
}

extension CBORReader {
    /// Reads a big integer in Filecoin form.
    public mutating func readBigInt() throws(IPLDError) -> BigInt { try FilecoinBigInt.value(try readBytes()) }
}
