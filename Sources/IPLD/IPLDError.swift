/// Everything that can go wrong while reading or writing IPLD data.
public enum IPLDError: Error, Equatable, CustomStringConvertible {
    case truncated(String)
    case invalidVarint(String)
    case invalidCID(String)
    case unsupportedMultihash(UInt64)
    case invalidMultibase(String)
    case invalidCBOR(String)
    case nonCanonicalCBOR(String)
    case invalidCAR(String)
    case hashMismatch(CID)
    case invalidGzip(String)
    /// Input larger than a limit set to keep untrusted data from exhausting memory.
    case limitExceeded(what: String, limit: Int)
    case blockNotFound(CID)
    case invalidHAMT(String)
    case invalidAMT(String)
    case invalidBigInt(String)
    case decodeFailed(type: String, reason: String)

    public var description: String {
        switch self {
        case .truncated(let what): "truncated input while reading \(what)"
        case .invalidVarint(let why): "invalid varint: \(why)"
        case .invalidCID(let why): "invalid CID: \(why)"
        case .unsupportedMultihash(let code): "unsupported multihash code 0x\(String(code, radix: 16))"
        case .invalidMultibase(let why): "invalid multibase string: \(why)"
        case .invalidCBOR(let why): "invalid DAG-CBOR: \(why)"
        case .nonCanonicalCBOR(let why): "non-canonical DAG-CBOR: \(why)"
        case .invalidCAR(let why): "invalid CAR: \(why)"
        case .hashMismatch(let cid): "block content does not hash to its CID \(cid)"
        case .invalidGzip(let why): "invalid gzip stream: \(why)"
        case .limitExceeded(let what, let limit): "\(what) exceeds the limit of \(limit) bytes"
        case .blockNotFound(let cid): "block not found: \(cid)"
        case .invalidHAMT(let why): "invalid HAMT: \(why)"
        case .invalidAMT(let why): "invalid AMT: \(why)"
        case .invalidBigInt(let why): "invalid BigInt: \(why)"
        case .decodeFailed(let type, let reason): "cannot decode \(type): \(reason)"
        }
    }
}
