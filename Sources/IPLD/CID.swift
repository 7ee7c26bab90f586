/// A content identifier, version 0 or 1.
public struct CID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Multicodec codes used by Filecoin.
    public enum Codec {
        public static let raw: UInt64 = 0x55
        public static let dagCBOR: UInt64 = 0x71
        public static let cbor: UInt64 = 0x51
        public static let dagPB: UInt64 = 0x70
        public static let filCommitmentUnsealed: UInt64 = 0xf101
        public static let filCommitmentSealed: UInt64 = 0xf102
    }

    public let version: UInt64
    public let codec: UInt64
    public let hash: Multihash
    /// Binary form, kept because CIDs are compared and hashed far more than built.
    public let bytes: [UInt8]

    /// A CIDv1.
    public init(codec: UInt64, hash: Multihash) {
        version = 1
        self.codec = codec
        self.hash = hash
        var out: [UInt8] = []
        Varint.encode(1, into: &out)
        Varint.encode(codec, into: &out)
        out.append(contentsOf: hash.bytes)
        bytes = out
    }

    /// A CIDv0 (dag-pb, sha2-256).
    public init(v0Digest digest: [UInt8]) throws(IPLDError) {
        guard digest.count == 32 else { throw .invalidCID("CIDv0 digest must be 32 bytes") }
        version = 0
        codec = Codec.dagPB
        hash = Multihash(code: Multihash.Code.sha2_256, digest: digest)
        bytes = [0x12, 0x20] + digest
    }

    /// The CIDv1 of `data` under `codec`, hashed with BLAKE2b-256 (how Filecoin links blocks).
    public static func compute(codec: UInt64, data: [UInt8], hashCode: UInt64 = Multihash.Code.blake2b_256)
        throws(IPLDError) -> CID
    {
        CID(codec: codec, hash: try Multihash.compute(code: hashCode, data: data))
    }

    /// Decodes a binary CID occupying all of `bytes`.
    public init(bytes: [UInt8]) throws(IPLDError) {
        var offset = 0
        self = try CID.read(from: bytes, at: &offset)
        guard offset == bytes.count else { throw .invalidCID("trailing bytes after CID") }
    }

    /// Reads a binary CID that starts at `offset` (a CAR section or a CBOR tag payload).
    public static func read(from bytes: [UInt8], at offset: inout Int) throws(IPLDError) -> CID {
        if bytes.count - offset >= 34 && bytes[offset] == 0x12 && bytes[offset + 1] == 0x20 {
            let cid = try CID(v0Digest: Array(bytes[(offset + 2)..<(offset + 34)]))
            offset += 34
            return cid
        }
        let start = offset
        let version = try Varint.decode(bytes, at: &offset)
        guard version == 1 else { throw .invalidCID("unsupported CID version \(version)") }
        let codec = try Varint.decode(bytes, at: &offset)
        let code = try Varint.decode(bytes, at: &offset)
        let length = try Varint.decode(bytes, at: &offset)
        guard length <= 128 else { throw .invalidCID("digest length \(length) too large") }
        guard bytes.count - offset >= Int(length) else { throw .truncated("CID digest") }
        let digest = Array(bytes[offset..<(offset + Int(length))])
        offset += Int(length)
        let cid = CID(codec: codec, hash: Multihash(code: code, digest: digest))
        assert(cid.bytes == Array(bytes[start..<offset]))
        return cid
    }

    /// Parses the text form: base32-lower multibase (`b…`) for v1, base58btc (`Qm…`) for v0.
    public init(string: String) throws(IPLDError) {
        if string.count == 46 && string.hasPrefix("Qm") {
            let raw = try Multibase.base58Decode(Substring(string))
            guard raw.count == 34, raw[0] == 0x12, raw[1] == 0x20 else { throw .invalidCID("bad CIDv0") }
            self = try CID(v0Digest: Array(raw[2...]))
            return
        }
        guard let prefix = string.first else { throw .invalidCID("empty string") }
        let body = string.dropFirst()
        switch prefix {
        case "b", "B": self = try CID(bytes: try Multibase.base32Decode(body))
        case "z": self = try CID(bytes: try Multibase.base58Decode(body))
        default: throw .invalidMultibase("unsupported multibase prefix \(prefix)")
        }
    }

    /// Canonical text: base58btc for v0, base32-lower with prefix `b` for v1.
    public var description: String {
        version == 0 ? Multibase.base58Encode(bytes) : "b" + Multibase.base32Encode(bytes)
    }

    /// Checks that `data` hashes to this CID (identity CIDs must carry `data` itself).
    public func verifies(_ data: [UInt8]) throws(IPLDError) -> Bool {
        let computed = try Multihash.compute(code: hash.code, data: data)
        return computed.digest == hash.digest
    }

    public static func == (a: CID, b: CID) -> Bool { a.bytes == b.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
    public static func < (a: CID, b: CID) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}
