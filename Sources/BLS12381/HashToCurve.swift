import Hashing

// RFC 9380 hash_to_curve for suite BLS12381G2_XMD:SHA-256_SSWU_RO_: expand_message_xmd with
// SHA-256, hash_to_field into F_p^2, simplified SWU onto the 3-isogenous curve E2', the
// 3-isogeny back to E', and cofactor clearing with psi.

enum HashToCurve {
    /// expand_message_xmd (RFC 9380 section 5.3.1) with SHA-256; nil when the length is out of range.
    static func expandMessageXMD(_ msg: [UInt8], dst: [UInt8], length: Int) -> [UInt8]? {
        let bInBytes = 32, rInBytes = 64
        let ell = (length + bInBytes - 1) / bInBytes
        guard ell <= 255, length <= 65535, length > 0 else { return nil }
        // Oversized tags are first hashed down (section 5.3.3).
        let tag = dst.count > 255 ? SHA256.hash(Array("H2C-OVERSIZE-DST-".utf8) + dst) : dst
        let dstPrime = tag + [UInt8(tag.count)]

        var h0 = SHA256()
        h0.update([UInt8](repeating: 0, count: rInBytes))
        h0.update(msg)
        h0.update([UInt8(length >> 8), UInt8(length & 0xff), 0])
        h0.update(dstPrime)
        let b0 = h0.finalize()

        var h1 = SHA256()
        h1.update(b0)
        h1.update([1])
        h1.update(dstPrime)
        var bi = h1.finalize()
        var out = bi
        out.reserveCapacity(ell * bInBytes)
        if ell >= 2 {
            for i in 2...ell {
                var mixed = [UInt8](repeating: 0, count: bInBytes)
                for k in 0..<bInBytes { mixed[k] = b0[k] ^ bi[k] }
                var hi = SHA256()
                hi.update(mixed)
                hi.update([UInt8(i)])
                hi.update(dstPrime)
                bi = hi.finalize()
                out += bi
            }
        }
        return Array(out.prefix(length))
    }

    /// Reduces a 64-byte big-endian integer modulo p as hi * 2^256 + lo.
    static func fpFrom64Bytes(_ b: ArraySlice<UInt8>) -> Fp {
        func limbs(_ s: ArraySlice<UInt8>) -> Fp {
            var w = [UInt64](repeating: 0, count: 4)
            for (i, byte) in s.enumerated() { w[3 - i / 8] = (w[3 - i / 8] << 8) | UInt64(byte) }
            return Fp(canonical: Fp(w[0], w[1], w[2], w[3], 0, 0))
        }
        let start = b.startIndex
        return limbs(b[start..<start + 32]) * H2CConst.twoTo256 + limbs(b[start + 32..<start + 64])
    }

    /// hash_to_field with m = 2, L = 64, count = 2.
    static func hashToField(_ msg: [UInt8], dst: [UInt8]) -> (Fp2, Fp2) {
        let bytes = expandMessageXMD(msg, dst: dst, length: 256) ?? []
        func element(_ i: Int) -> Fp2 {
            Fp2(
                fpFrom64Bytes(bytes[(128 * i)..<(128 * i + 64)]), fpFrom64Bytes(bytes[(128 * i + 64)..<(128 * i + 128)])
            )
        }
        return (element(0), element(1))
    }

    /// Simplified SWU onto E2': y^2 = x^3 + A'x + B' (RFC 9380 section 6.6.2, straightforward form).
    static func mapToCurveSSWU(_ u: Fp2) -> Affine<Fp2> {
        let a = H2CConst.isoA, b = H2CConst.isoB
        let zu2 = H2CConst.isoZ * u.square()
        let den = zu2.square() + zu2
        let x1 = den.isZero ? H2CConst.bOverZA : H2CConst.minusBOverA * (Fp2.one + den.inverse())
        func g(_ x: Fp2) -> Fp2 { (x.square() + a) * x + b }
        var x = x1
        var y: Fp2
        let gx1 = g(x1)
        // The norm's Legendre symbol (an F_p power) is cheaper than a failed F_p^2 square root.
        if gx1.isSquare, let y1 = gx1.sqrt() {
            y = y1
        } else {
            x = zu2 * x1
            // Z was chosen so that g(x2) is square whenever g(x1) is not.
            y = g(x).sqrt() ?? .zero
        }
        if u.sgn0 != y.sgn0 { y = -y }
        return Affine(x: x, y: y, infinity: false)
    }

    /// The 3-isogeny E2' -> E' (RFC 9380 appendix E.3), returned in Jacobian coordinates so the
    /// two rational functions need no inversion: with Z = xDen*yDen, X = xNum*xDen*yDen^2 and
    /// Y = y*yNum*xDen^3*yDen^2 give X/Z^2 = xNum/xDen and Y/Z^3 = y*yNum/yDen.
    static func isoMap(_ p: Affine<Fp2>) -> Jacobian<Fp2> {
        if p.infinity { return .identity }
        let k = H2CConst.self
        let x = p.x
        func horner(_ c: [Fp2]) -> Fp2 {
            var acc = c[c.count - 1]
            for i in stride(from: c.count - 2, through: 0, by: -1) { acc = acc * x + c[i] }
            return acc
        }
        let xNum = horner(k.xNum), xDen = horner(k.xDen)
        let yNum = horner(k.yNum), yDen = horner(k.yDen)
        // A vanishing denominator is the isogeny's kernel: the image is the identity (Z = 0).
        let z = xDen * yDen
        let yDen2 = yDen.square()
        let xDen3 = xDen.square() * xDen
        return Jacobian(x: xNum * xDen * yDen2, y: p.y * yNum * xDen3 * yDen2, z: z)
    }

    static func mapToCurve(_ u: Fp2) -> Jacobian<Fp2> { isoMap(mapToCurveSSWU(u)) }

    /// hash_to_curve into G2 for the given domain separation tag.
    static func hashToG2(_ msg: [UInt8], dst: [UInt8]) -> Jacobian<Fp2> {
        let (u0, u1) = hashToField(msg, dst: dst)
        return (mapToCurve(u0) + mapToCurve(u1)).clearCofactor()
    }
}

enum H2CConst {
    static let twoTo256 = Fp(canonical: Fp(0, 0, 0, 0, 1, 0))
    static let isoA = Fp2(.zero, Fp(small: 240))
    static let isoB = Fp2(Fp(small: 1012), Fp(small: 1012))
    static let isoZ = Fp2(-Fp(small: 2), -Fp.one)
    static let minusBOverA = -(isoB * isoA.inverse())
    static let bOverZA = isoB * (isoZ * isoA).inverse()

    // Isogeny coefficients, lowest degree first; the leading ones of the denominators are 1.
    static let xNum: [Fp2] = [
        Fp2(
            hex0: "5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6",
            hex1: "5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6"),
        Fp2(
            hex0: "0",
            hex1: "11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71a"),
        Fp2(
            hex0: "11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71e",
            hex1: "8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38d"),
        Fp2(
            hex0: "171d6541fa38ccfaed6dea691f5fb614cb14b4e7f4e810aa22d6108f142b85757098e38d0f671c7188e2aaaaaaaa5ed1",
            hex1: "0"),
    ]
    static let xDen: [Fp2] = [
        Fp2(
            hex0: "0",
            hex1: "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa63"),
        Fp2(
            hex0: "c",
            hex1: "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa9f"),
        Fp2.one,
    ]
    static let yNum: [Fp2] = [
        Fp2(
            hex0: "1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706",
            hex1: "1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706"),
        Fp2(
            hex0: "0",
            hex1: "5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97be"),
        Fp2(
            hex0: "11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71c",
            hex1: "8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38f"),
        Fp2(
            hex0: "124c9ad43b6cf79bfbf7043de3811ad0761b0f37a1e26286b0e977c69aa274524e79097a56dc4bd9e1b371c71c718b10",
            hex1: "0"),
    ]
    static let yDen: [Fp2] = [
        Fp2(
            hex0: "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb",
            hex1: "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb"),
        Fp2(
            hex0: "0",
            hex1: "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa9d3"),
        Fp2(
            hex0: "12",
            hex1: "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa99"),
        Fp2.one,
    ]
}
