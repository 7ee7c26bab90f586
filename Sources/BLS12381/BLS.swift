// Filecoin's BLS signature scheme ("min-pk"): public keys in G1, signatures in G2, messages
// hashed to G2 with the basic-scheme tag. Points use the ZCash compressed encoding: the top
// three bits of the first byte are the compression, infinity and sort ("y is the larger root")
// flags; G2 x-coordinates are written imaginary part first.

/// Why a public key or signature encoding was rejected.
public enum BLSError: Error, Equatable, Sendable {
    /// A public key was not 48 bytes (payload: the length seen).
    case invalidPublicKeyLength(Int)
    /// A signature was not 96 bytes (payload: the length seen).
    case invalidSignatureLength(Int)
    /// The compression flag (top bit) was clear; only compressed points are accepted.
    case missingCompressionFlag
    /// The infinity flag was set but the sort flag or any coordinate bit was not zero.
    case invalidInfinityEncoding
    /// A coordinate was not below the field modulus p.
    case nonCanonicalFieldElement
    /// No point on the curve has the encoded x-coordinate.
    case notOnCurve
    /// The point is on the curve but outside the prime-order subgroup.
    case notInSubgroup
    /// The public key is the point at infinity.
    case infinityPublicKey
}

/// BLS12-381 signature verification as used by Filecoin.
public enum BLS {
    /// Domain separation tag of Filecoin's BLS signatures.
    public static let filecoinDST: [UInt8] = Array("BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_".utf8)

    /// Verifies a 96-byte signature on a message under a 48-byte public key; throws on malformed input.
    public static func verify(signature: [UInt8], publicKey: [UInt8], message: [UInt8]) throws(BLSError) -> Bool {
        let pk = try decodePublicKey(publicKey)
        let sig = try decodeSignature(signature)
        let h = HashToCurve.hashToG2(message, dst: filecoinDST).affine
        return Pairing.productIsOne([(pk, h), (CurveConst.g1Generator.negated, sig)])
    }

    /// Verifies an aggregate signature over distinct messages; false on duplicates, on count mismatch or when empty.
    public static func aggregateVerify(signature: [UInt8], publicKeys: [[UInt8]], messages: [[UInt8]]) throws(BLSError)
        -> Bool
    {
        let sig = try decodeSignature(signature)
        var pks = [Affine<Fp>]()
        pks.reserveCapacity(publicKeys.count)
        for raw in publicKeys { pks.append(try decodePublicKey(raw)) }
        // Same answers as Filecoin's bls-signatures: these are verification failures, not errors.
        guard !pks.isEmpty, pks.count == messages.count else { return false }
        guard Set(messages).count == messages.count else { return false }
        var pairs = [(Affine<Fp>, Affine<Fp2>)]()
        pairs.reserveCapacity(pks.count + 1)
        for (pk, msg) in zip(pks, messages) {
            pairs.append((pk, HashToCurve.hashToG2(msg, dst: filecoinDST).affine))
        }
        pairs.append((CurveConst.g1Generator.negated, sig))
        return Pairing.productIsOne(pairs)
    }

    /// Decodes and validates a compressed public key (on curve, in G1, not infinity).
    static func decodePublicKey(_ bytes: [UInt8]) throws(BLSError) -> Affine<Fp> {
        guard bytes.count == 48 else { throw .invalidPublicKeyLength(bytes.count) }
        let p = try decompressG1(bytes)
        if p.infinity { throw .infinityPublicKey }
        guard p.jacobian.isInG1 else { throw .notInSubgroup }
        return p
    }

    /// Decodes and validates a compressed signature (on curve, in G2; infinity allowed).
    static func decodeSignature(_ bytes: [UInt8]) throws(BLSError) -> Affine<Fp2> {
        guard bytes.count == 96 else { throw .invalidSignatureLength(bytes.count) }
        let p = try decompressG2(bytes)
        if !p.infinity && !p.jacobian.isInG2 { throw .notInSubgroup }
        return p
    }

    /// Checks the flag bits; returns true for a well-formed infinity encoding.
    private static func checkFlags(_ bytes: [UInt8]) throws(BLSError) -> Bool {
        let flags = bytes[0]
        guard flags & 0x80 != 0 else { throw .missingCompressionFlag }
        guard flags & 0x40 != 0 else { return false }
        guard flags & 0x3f == 0, bytes.dropFirst().allSatisfy({ $0 == 0 }) else { throw .invalidInfinityEncoding }
        return true
    }

    /// Compressed G1 point to affine coordinates (no subgroup check).
    static func decompressG1(_ bytes: [UInt8]) throws(BLSError) -> Affine<Fp> {
        guard bytes.count == 48 else { throw .invalidPublicKeyLength(bytes.count) }
        if try checkFlags(bytes) { return .identity }
        var xb = bytes
        xb[0] &= 0x1f
        guard let x = Fp(bigEndian: xb) else { throw .nonCanonicalFieldElement }
        guard var y = (x.square() * x + Fp.curveB).sqrt() else { throw .notOnCurve }
        if y.isLexLargest != (bytes[0] & 0x20 != 0) { y = -y }
        return Affine(x: x, y: y, infinity: false)
    }

    /// Compressed G2 point to affine coordinates (no subgroup check).
    static func decompressG2(_ bytes: [UInt8]) throws(BLSError) -> Affine<Fp2> {
        guard bytes.count == 96 else { throw .invalidSignatureLength(bytes.count) }
        if try checkFlags(bytes) { return .identity }
        var hi = Array(bytes[0..<48])
        hi[0] &= 0x1f
        guard let x1 = Fp(bigEndian: hi), let x0 = Fp(bigEndian: Array(bytes[48..<96])) else {
            throw .nonCanonicalFieldElement
        }
        let x = Fp2(x0, x1)
        guard var y = (x.square() * x + Fp2.curveB).sqrt() else { throw .notOnCurve }
        if y.isLexLargest != (bytes[0] & 0x20 != 0) { y = -y }
        return Affine(x: x, y: y, infinity: false)
    }

    /// ZCash compressed encoding of a G1 point.
    static func compressG1(_ p: Affine<Fp>) -> [UInt8] {
        if p.infinity { return [0xc0] + [UInt8](repeating: 0, count: 47) }
        var out = p.x.bigEndianBytes
        out[0] |= 0x80 | (p.y.isLexLargest ? 0x20 : 0)
        return out
    }

    /// ZCash compressed encoding of a G2 point.
    static func compressG2(_ p: Affine<Fp2>) -> [UInt8] {
        if p.infinity { return [0xc0] + [UInt8](repeating: 0, count: 95) }
        var out = p.x.c1.bigEndianBytes + p.x.c0.bigEndianBytes
        out[0] |= 0x80 | (p.y.isLexLargest ? 0x20 : 0)
        return out
    }
}
