import Hashing
import IPLD

/// The hash functions the `crypto::hash` syscall accepts, keyed by multihash code (same set in
/// FVM v2 and v3).
public enum SupportedHash: UInt64, CaseIterable, Sendable {
    case sha2_256 = 0x12
    case blake2b_256 = 0xb220
    case blake2b_512 = 0xb240
    case keccak256 = 0x1b
    case ripemd160 = 0x1053

    /// The hash for a multihash code, or nil if the syscall must reject it.
    public init?(code: UInt64) { self.init(rawValue: code) }

    /// The multihash code.
    public var code: UInt64 { rawValue }

    /// Digest length in bytes.
    public var digestLength: Int {
        switch self {
        case .sha2_256, .blake2b_256, .keccak256: 32
        case .blake2b_512: 64
        case .ripemd160: 20
        }
    }

    /// The digest of `data`.
    public func digest(_ data: [UInt8]) -> [UInt8] {
        switch self {
        case .sha2_256: SHA256.hash(data)
        case .blake2b_256: Blake2b.hash(data, length: 32)
        case .blake2b_512: Blake2b.hash(data, length: 64)
        case .keccak256: Keccak256.hash(data)
        case .ripemd160: RIPEMD160.hash(data)
        }
    }
}
