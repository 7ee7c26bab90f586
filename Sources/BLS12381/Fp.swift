// Prime field F_p of BLS12-381: six 64-bit limbs, little-endian, kept in Montgomery form
// (value * 2^384 mod p) and always fully reduced, so limb equality is field equality.

/// An element of the base field F_p of BLS12-381.
struct Fp: Equatable, Sendable {
    var l0, l1, l2, l3, l4, l5: UInt64

    @inline(__always)
    init(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64, _ l4: UInt64, _ l5: UInt64) {
        self.l0 = l0; self.l1 = l1; self.l2 = l2; self.l3 = l3; self.l4 = l4; self.l5 = l5
    }

    static let zero = Fp(0, 0, 0, 0, 0, 0)

    // p, little-endian limbs.
    @usableFromInline static let p0: UInt64 = 0xb9feffffffffaaab
    @usableFromInline static let p1: UInt64 = 0x1eabfffeb153ffff
    @usableFromInline static let p2: UInt64 = 0x6730d2a0f6b0f624
    @usableFromInline static let p3: UInt64 = 0x64774b84f38512bf
    @usableFromInline static let p4: UInt64 = 0x4b1ba7b6434bacd7
    @usableFromInline static let p5: UInt64 = 0x1a0111ea397fe69a
    // -p^-1 mod 2^64, the Montgomery reduction factor.
    @usableFromInline static let pInv: UInt64 = 0x89f3fffcfffcfffd
    static let r2 = Fp(
        0xf4df1f341c341746, 0x0a76e6a609d104f1, 0x8de5476c4c95b6d5, 0x67eb88a9939d83c0, 0x9a793e85b519952d,
        0x11988fe592cae3aa)
    /// The multiplicative identity.
    public static let one = Fp(
        0x760900000002fffd, 0xebf4000bc40c0002, 0x5f48985753c758ba, 0x77ce585370525745, 0x5c071a97a256ec6d,
        0x15f65ec3fa80e493)

    // Kept out of line: inlining this body into every tower operation explodes code size.
    @inline(never)
    static func mul(_ a: Fp, _ b: Fp) -> Fp {
        var t0: UInt64 = 0, t1: UInt64 = 0, t2: UInt64 = 0, t3: UInt64 = 0, t4: UInt64 = 0, t5: UInt64 = 0
        var A: UInt64 = 0, C: UInt64 = 0, m: UInt64 = 0, lo: UInt64 = 0
        // word 0
        (A, t0) = mac(t0, a.l0, b.l0, 0)
        m = t0 &* pInv
        (C, lo) = mac(t0, m, p0, 0)
        (A, t1) = mac(t1, a.l1, b.l0, A)
        (C, t0) = mac(t1, m, p1, C)
        (A, t2) = mac(t2, a.l2, b.l0, A)
        (C, t1) = mac(t2, m, p2, C)
        (A, t3) = mac(t3, a.l3, b.l0, A)
        (C, t2) = mac(t3, m, p3, C)
        (A, t4) = mac(t4, a.l4, b.l0, A)
        (C, t3) = mac(t4, m, p4, C)
        (A, t5) = mac(t5, a.l5, b.l0, A)
        (C, t4) = mac(t5, m, p5, C)
        t5 = C &+ A
        // word 1
        (A, t0) = mac(t0, a.l0, b.l1, 0)
        m = t0 &* pInv
        (C, lo) = mac(t0, m, p0, 0)
        (A, t1) = mac(t1, a.l1, b.l1, A)
        (C, t0) = mac(t1, m, p1, C)
        (A, t2) = mac(t2, a.l2, b.l1, A)
        (C, t1) = mac(t2, m, p2, C)
        (A, t3) = mac(t3, a.l3, b.l1, A)
        (C, t2) = mac(t3, m, p3, C)
        (A, t4) = mac(t4, a.l4, b.l1, A)
        (C, t3) = mac(t4, m, p4, C)
        (A, t5) = mac(t5, a.l5, b.l1, A)
        (C, t4) = mac(t5, m, p5, C)
        t5 = C &+ A
        // word 2
        (A, t0) = mac(t0, a.l0, b.l2, 0)
        m = t0 &* pInv
        (C, lo) = mac(t0, m, p0, 0)
        (A, t1) = mac(t1, a.l1, b.l2, A)
        (C, t0) = mac(t1, m, p1, C)
        (A, t2) = mac(t2, a.l2, b.l2, A)
        (C, t1) = mac(t2, m, p2, C)
        (A, t3) = mac(t3, a.l3, b.l2, A)
        (C, t2) = mac(t3, m, p3, C)
        (A, t4) = mac(t4, a.l4, b.l2, A)
        (C, t3) = mac(t4, m, p4, C)
        (A, t5) = mac(t5, a.l5, b.l2, A)
        (C, t4) = mac(t5, m, p5, C)
        t5 = C &+ A
        // word 3
        (A, t0) = mac(t0, a.l0, b.l3, 0)
        m = t0 &* pInv
        (C, lo) = mac(t0, m, p0, 0)
        (A, t1) = mac(t1, a.l1, b.l3, A)
        (C, t0) = mac(t1, m, p1, C)
        (A, t2) = mac(t2, a.l2, b.l3, A)
        (C, t1) = mac(t2, m, p2, C)
        (A, t3) = mac(t3, a.l3, b.l3, A)
        (C, t2) = mac(t3, m, p3, C)
        (A, t4) = mac(t4, a.l4, b.l3, A)
        (C, t3) = mac(t4, m, p4, C)
        (A, t5) = mac(t5, a.l5, b.l3, A)
        (C, t4) = mac(t5, m, p5, C)
        t5 = C &+ A
        // word 4
        (A, t0) = mac(t0, a.l0, b.l4, 0)
        m = t0 &* pInv
        (C, lo) = mac(t0, m, p0, 0)
        (A, t1) = mac(t1, a.l1, b.l4, A)
        (C, t0) = mac(t1, m, p1, C)
        (A, t2) = mac(t2, a.l2, b.l4, A)
        (C, t1) = mac(t2, m, p2, C)
        (A, t3) = mac(t3, a.l3, b.l4, A)
        (C, t2) = mac(t3, m, p3, C)
        (A, t4) = mac(t4, a.l4, b.l4, A)
        (C, t3) = mac(t4, m, p4, C)
        (A, t5) = mac(t5, a.l5, b.l4, A)
        (C, t4) = mac(t5, m, p5, C)
        t5 = C &+ A
        // word 5
        (A, t0) = mac(t0, a.l0, b.l5, 0)
        m = t0 &* pInv
        (C, lo) = mac(t0, m, p0, 0)
        (A, t1) = mac(t1, a.l1, b.l5, A)
        (C, t0) = mac(t1, m, p1, C)
        (A, t2) = mac(t2, a.l2, b.l5, A)
        (C, t1) = mac(t2, m, p2, C)
        (A, t3) = mac(t3, a.l3, b.l5, A)
        (C, t2) = mac(t3, m, p3, C)
        (A, t4) = mac(t4, a.l4, b.l5, A)
        (C, t3) = mac(t4, m, p4, C)
        (A, t5) = mac(t5, a.l5, b.l5, A)
        (C, t4) = mac(t5, m, p5, C)
        t5 = C &+ A
        _ = lo
        return Fp(t0, t1, t2, t3, t4, t5).reducedOnce()
    }

    // Carry chains go through UInt128 so LLVM emits mul/add/adc/sbb without branches.

    /// a + b*c + carry as a (high, low) pair; cannot overflow 128 bits.
    @inline(__always)
    static func mac(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ carry: UInt64) -> (UInt64, UInt64) {
        let t = UInt128(b) &* UInt128(c) &+ UInt128(a) &+ UInt128(carry)
        return (UInt64(truncatingIfNeeded: t >> 64), UInt64(truncatingIfNeeded: t))
    }

    /// a + b + carry: (sum, carry out).
    @inline(__always)
    static func adc(_ a: UInt64, _ b: UInt64, _ carry: UInt64) -> (UInt64, UInt64) {
        let t = UInt128(a) &+ UInt128(b) &+ UInt128(carry)
        return (UInt64(truncatingIfNeeded: t), UInt64(truncatingIfNeeded: t >> 64))
    }

    /// a - b - borrow: (difference, borrow out as 0 or 1).
    @inline(__always)
    static func sbb(_ a: UInt64, _ b: UInt64, _ borrow: UInt64) -> (UInt64, UInt64) {
        let t = UInt128(a) &- UInt128(b) &- UInt128(borrow)
        return (UInt64(truncatingIfNeeded: t), UInt64(truncatingIfNeeded: t >> 64) & 1)
    }

    /// Subtracts p once if the value is >= p (inputs are < 2p); selection by mask, not branch.
    @inline(__always)
    func reducedOnce() -> Fp {
        let (d0, b0) = Fp.sbb(l0, Fp.p0, 0)
        let (d1, b1) = Fp.sbb(l1, Fp.p1, b0)
        let (d2, b2) = Fp.sbb(l2, Fp.p2, b1)
        let (d3, b3) = Fp.sbb(l3, Fp.p3, b2)
        let (d4, b4) = Fp.sbb(l4, Fp.p4, b3)
        let (d5, b5) = Fp.sbb(l5, Fp.p5, b4)
        let keep = 0 &- b5  // all ones when self < p
        return Fp(
            d0 ^ ((d0 ^ l0) & keep), d1 ^ ((d1 ^ l1) & keep), d2 ^ ((d2 ^ l2) & keep),
            d3 ^ ((d3 ^ l3) & keep), d4 ^ ((d4 ^ l4) & keep), d5 ^ ((d5 ^ l5) & keep))
    }

    // p < 2^382, so a sum of two reduced values never overflows six limbs.
    @inline(__always)
    static func + (a: Fp, b: Fp) -> Fp {
        let (s0, c0) = adc(a.l0, b.l0, 0)
        let (s1, c1) = adc(a.l1, b.l1, c0)
        let (s2, c2) = adc(a.l2, b.l2, c1)
        let (s3, c3) = adc(a.l3, b.l3, c2)
        let (s4, c4) = adc(a.l4, b.l4, c3)
        let (s5, _) = adc(a.l5, b.l5, c4)
        return Fp(s0, s1, s2, s3, s4, s5).reducedOnce()
    }

    @inline(__always)
    static func - (a: Fp, b: Fp) -> Fp {
        let (d0, b0) = sbb(a.l0, b.l0, 0)
        let (d1, b1) = sbb(a.l1, b.l1, b0)
        let (d2, b2) = sbb(a.l2, b.l2, b1)
        let (d3, b3) = sbb(a.l3, b.l3, b2)
        let (d4, b4) = sbb(a.l4, b.l4, b3)
        let (d5, b5) = sbb(a.l5, b.l5, b4)
        // Add p back when the subtraction borrowed.
        let m = 0 &- b5
        let (s0, c0) = adc(d0, p0 & m, 0)
        let (s1, c1) = adc(d1, p1 & m, c0)
        let (s2, c2) = adc(d2, p2 & m, c1)
        let (s3, c3) = adc(d3, p3 & m, c2)
        let (s4, c4) = adc(d4, p4 & m, c3)
        let (s5, _) = adc(d5, p5 & m, c4)
        return Fp(s0, s1, s2, s3, s4, s5)
    }

    @inline(__always)
    static prefix func - (a: Fp) -> Fp { zero - a }

    @inline(__always)
    static func * (a: Fp, b: Fp) -> Fp { mul(a, b) }

    @inline(__always)
    static func += (a: inout Fp, b: Fp) { a = a + b }
    @inline(__always)
    static func -= (a: inout Fp, b: Fp) { a = a - b }
    @inline(__always)
    static func *= (a: inout Fp, b: Fp) { a = mul(a, b) }

    @inline(__always)
    func square() -> Fp { Fp.mul(self, self) }
    @inline(__always)
    func doubled() -> Fp { self + self }

    var isZero: Bool { (l0 | l1 | l2 | l3 | l4 | l5) == 0 }

    /// Raises to a power given as little-endian 64-bit words (public exponents only).
    func pow(_ e: [UInt64]) -> Fp { power(e) }

    /// Multiplicative inverse by Fermat's little theorem; zero maps to zero.
    func inverse() -> Fp { pow(FpConst.pMinus2) }

    /// Square root when one exists (p = 3 mod 4, so a^((p+1)/4) is a candidate).
    func sqrt() -> Fp? {
        let s = pow(FpConst.pPlus1Over4)
        return s.square() == self ? s : nil
    }

    /// Euler's criterion: true for zero and non-zero squares.
    var isSquare: Bool {
        let l = pow(FpConst.pMinus1Over2)
        return l == Fp.one || l.isZero
    }

    /// The canonical (non-Montgomery) limbs.
    var canonical: Fp { Fp.mul(self, Fp(1, 0, 0, 0, 0, 0)) }

    /// Builds an element from canonical limbs below p.
    init(canonical c: Fp) { self = Fp.mul(c, Fp.r2) }

    /// Parses a 48-byte big-endian integer; nil if it is not below p.
    init?(bigEndian b: UnsafeRawBufferPointer) {
        precondition(b.count == 48)
        func word(_ i: Int) -> UInt64 {
            var w: UInt64 = 0
            for k in 0..<8 { w = (w << 8) | UInt64(b[i * 8 + k]) }
            return w
        }
        let c = Fp(word(5), word(4), word(3), word(2), word(1), word(0))
        if !c.isBelowP { return nil }
        self.init(canonical: c)
    }

    init?(bigEndian bytes: [UInt8]) {
        guard bytes.count == 48 else { return nil }
        guard let v = bytes.withUnsafeBytes({ Fp(bigEndian: $0) }) else { return nil }
        self = v
    }

    /// Canonical big-endian 48-byte encoding.
    var bigEndianBytes: [UInt8] {
        let c = canonical
        var out = [UInt8](repeating: 0, count: 48)
        let ws = [c.l5, c.l4, c.l3, c.l2, c.l1, c.l0]
        for i in 0..<6 { for k in 0..<8 { out[i * 8 + k] = UInt8(truncatingIfNeeded: ws[i] >> UInt64(56 - 8 * k)) } }
        return out
    }

    /// Treating self as raw canonical limbs, whether it is < p.
    var isBelowP: Bool {
        let (_, b0) = Fp.sbb(l0, Fp.p0, 0)
        let (_, b1) = Fp.sbb(l1, Fp.p1, b0)
        let (_, b2) = Fp.sbb(l2, Fp.p2, b1)
        let (_, b3) = Fp.sbb(l3, Fp.p3, b2)
        let (_, b4) = Fp.sbb(l4, Fp.p4, b3)
        let (_, b5) = Fp.sbb(l5, Fp.p5, b4)
        return b5 == 1
    }

    /// Parity of the canonical value (RFC 9380 sgn0 for m = 1).
    var sgn0: Bool { canonical.l0 & 1 == 1 }

    /// Whether the canonical value exceeds (p-1)/2, the ZCash "largest y" rule.
    var isLexLargest: Bool {
        let c = canonical
        let h = FpConst.pMinus1Over2Fp
        let a = [c.l5, c.l4, c.l3, c.l2, c.l1, c.l0], b = [h.l5, h.l4, h.l3, h.l2, h.l1, h.l0]
        for i in 0..<6 where a[i] != b[i] { return a[i] > b[i] }
        return false
    }

    /// Parses a hex string (canonical value, any length below p) for constants.
    init(hex: String) {
        var limbs = [UInt64](repeating: 0, count: 6)
        var bitPos = 0
        for ch in hex.reversed() {
            guard let v = ch.hexDigitValue else { continue }
            limbs[bitPos / 64] |= UInt64(v) << UInt64(bitPos % 64)
            bitPos += 4
        }
        self.init(canonical: Fp(limbs[0], limbs[1], limbs[2], limbs[3], limbs[4], limbs[5]))
    }

    init(small v: UInt64) { self.init(canonical: Fp(v, 0, 0, 0, 0, 0)) }
}

/// Public exponents derived from p (little-endian words).
enum FpConst {
    static let pMinus2: [UInt64] = [
        0xb9feffffffffaaa9, 0x1eabfffeb153ffff, 0x6730d2a0f6b0f624, 0x64774b84f38512bf, 0x4b1ba7b6434bacd7,
        0x1a0111ea397fe69a,
    ]
    static let pPlus1Over4: [UInt64] = [
        0xee7fbfffffffeaab, 0x07aaffffac54ffff, 0xd9cc34a83dac3d89, 0xd91dd2e13ce144af, 0x92c6e9ed90d2eb35,
        0x0680447a8e5ff9a6,
    ]
    static let pMinus1Over2: [UInt64] = [
        0xdcff7fffffffd555, 0x0f55ffff58a9ffff, 0xb39869507b587b12, 0xb23ba5c279c2895f, 0x258dd3db21a5d66b,
        0x0d0088f51cbff34d,
    ]
    static let pMinus3Over4: [UInt64] = [
        0xee7fbfffffffeaaa, 0x07aaffffac54ffff, 0xd9cc34a83dac3d89, 0xd91dd2e13ce144af, 0x92c6e9ed90d2eb35,
        0x0680447a8e5ff9a6,
    ]
    static let pMinus1Over6: [UInt64] = [
        0x49aa7ffffffff1c7, 0x051caaaa72e35555, 0xe688231ad3c82906, 0xe613e1eb7deb831f, 0x0c849bf3b5e1f223,
        0x045582fc5eeaa66f,
    ]
    static let pMinus1Over3: [UInt64] = [
        0x9354ffffffffe38e, 0x0a395554e5c6aaaa, 0xcd104635a790520c, 0xcc27c3d6fbd7063f, 0x190937e76bc3e447,
        0x08ab05f8bdd54cde,
    ]
    static let pMinus1Over2Fp = Fp(
        0xdcff7fffffffd555, 0x0f55ffff58a9ffff, 0xb39869507b587b12, 0xb23ba5c279c2895f, 0x258dd3db21a5d66b,
        0x0d0088f51cbff34d)
}
