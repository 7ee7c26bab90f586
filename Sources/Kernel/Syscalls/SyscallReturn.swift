import BigInt

/// A record a syscall writes to the caller's out-pointer: fixed size, fields little-endian and
/// packed in declaration order, as the actors' SDK reads them.
protocol SyscallReturn {
    /// Bytes the record occupies in guest memory: the sum of its fields' sizes.
    static var size: Int { get }
    func encode(into encoder: inout ReturnEncoder)
}

extension SyscallReturn where Self: FixedWidthInteger {
    static var size: Int { MemoryLayout<Self>.size }
    func encode(into encoder: inout ReturnEncoder) { encoder.integer(self) }
}

extension UInt32: SyscallReturn {}
extension Int32: SyscallReturn {}
extension UInt64: SyscallReturn {}
extension Int64: SyscallReturn {}

/// Appends the fields of a record.
struct ReturnEncoder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func record<R: SyscallReturn>(_ value: R) { value.encode(into: &self) }

    mutating func raw(_ value: [UInt8]) { bytes.append(contentsOf: value) }

    /// The encoding of one record, which must be exactly its declared size.
    static func encode<R: SyscallReturn>(_ value: R) throws(ExecutionError) -> [UInt8] {
        var encoder = ReturnEncoder(capacity: R.size)
        value.encode(into: &encoder)
        guard encoder.bytes.count == R.size else {
            throw .fatal(.invariant("\(R.self) encoded to \(encoder.bytes.count) bytes, not \(R.size)"))
        }
        return encoder.bytes
    }
}

/// A token amount as the syscall ABI carries it: an unsigned 128-bit integer in two halves.
struct TokenAmountReturn: SyscallReturn {
    var lo: UInt64
    var hi: UInt64
    static let size = UInt64.size + UInt64.size

    init(_ value: BigInt) throws(ExecutionError) {
        guard let (lo, hi) = value.u128Parts else {
            throw .fatal(.invariant("token amount \(value) does not fit in u128"))
        }
        self.lo = lo
        self.hi = hi
    }

    func encode(into encoder: inout ReturnEncoder) {
        encoder.integer(lo)
        encoder.integer(hi)
    }
}

/// A 32-byte value (randomness is a BLAKE2b-256 digest).
struct Bytes32Return: SyscallReturn {
    var bytes: [UInt8]
    static let size = 32
    func encode(into encoder: inout ReturnEncoder) { encoder.raw(bytes) }
}

/// An uncompressed secp256k1 public key: a tag byte and two 32-byte coordinates.
struct SecpPublicKeyReturn: SyscallReturn {
    var bytes: [UInt8]
    static let size = 1 + 32 + 32
    func encode(into encoder: inout ReturnEncoder) { encoder.raw(bytes) }
}

extension BigInt {
    /// (low, high) 64-bit halves when the value is in 0..<2^128.
    var u128Parts: (UInt64, UInt64)? {
        guard sign == .plus, magnitude < (BigUInt(1) << 128) else { return nil }
        let lo = UInt64(truncatingIfNeeded: magnitude & BigUInt(UInt64.max))
        let hi = UInt64(truncatingIfNeeded: magnitude >> 64)
        return (lo, hi)
    }
}
