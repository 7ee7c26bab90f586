import Hashing
/// A multihash: hash function code plus digest.
public struct Multihash: Hashable, Sendable {
    /// Hash function codes used by Filecoin.
    public enum Code {
        public static let identity: UInt64 = 0x00
        public static let sha2_256: UInt64 = 0x12
        public static let blake2b_256: UInt64 = 0xb220
        /// Poseidon (sealed commitments): carried, never computed here.
        public static let poseidonBLS12381: UInt64 = 0xb401
        /// SHA-256 truncated to 254 bits (unsealed commitments): carried, never computed here.
        public static let sha2_256Trunc254Padded: UInt64 = 0x1012
    }

    public let code: UInt64
    public let digest: [UInt8]

    /// Wraps an existing digest.
    public init(code: UInt64, digest: [UInt8]) {
        self.code = code
        self.digest = digest
    }

    /// Hashes `data` with the function `code`; identity, sha2-256 and blake2b-256 are computable.
    public static func compute(code: UInt64, data: [UInt8]) throws(IPLDError) -> Multihash {
        switch code {
        case Code.identity: return Multihash(code: code, digest: data)
        case Code.sha2_256: return Multihash(code: code, digest: SHA256.hash(data))
        case Code.blake2b_256: return Multihash(code: code, digest: Blake2b.hash256(data))
        default: throw .unsupportedMultihash(code)
        }
    }

    /// `uvarint(code) ‖ uvarint(len) ‖ digest`.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(digest.count + 4)
        Varint.encode(code, into: &out)
        Varint.encode(UInt64(digest.count), into: &out)
        out.append(contentsOf: digest)
        return out
    }
}
