// Short Weierstrass curves y^2 = x^3 + b with a = 0: E(F_p) with b = 4 (G1) and the M-twist
// E'(F_p^2) with b = 4(u + 1) (G2). Jacobian coordinates: (X, Y, Z) is (X/Z^2, Y/Z^3).

protocol CurveField: Equatable, Sendable {
    static var zero: Self { get }
    static var one: Self { get }
    /// The b coefficient of the curve over this field.
    static var curveB: Self { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    func square() -> Self
    func doubled() -> Self
    func inverse() -> Self
    var isZero: Bool { get }
}

extension CurveField {
    /// Fixed 4-bit-window exponentiation by a public exponent (little-endian 64-bit words).
    func power(_ e: [UInt64]) -> Self {
        var table = [Self](repeating: .one, count: 16)
        for i in 1..<16 { table[i] = table[i - 1] * self }
        var acc = Self.one
        var started = false
        for w in e.reversed() {
            for shift in stride(from: 60, through: 0, by: -4) {
                if started { acc = acc.square().square().square().square() }
                let nibble = Int((w >> UInt64(shift)) & 0xf)
                if nibble != 0 {
                    acc = started ? acc * table[nibble] : table[nibble]
                    started = true
                }
            }
        }
        return acc
    }
}

extension Fp: CurveField {
    static let curveB = Fp(small: 4)
}

extension Fp2: CurveField {
    static let curveB = Fp2(Fp(small: 4), Fp(small: 4))
}

/// An affine point; `infinity` marks the identity (coordinates then meaningless).
struct Affine<F: CurveField>: Equatable, Sendable {
    var x: F
    var y: F
    var infinity: Bool

    static var identity: Affine { Affine(x: .zero, y: .one, infinity: true) }

    var isOnCurve: Bool { infinity || y.square() == x.square() * x + F.curveB }

    var jacobian: Jacobian<F> { infinity ? .identity : Jacobian(x: x, y: y, z: .one) }

    var negated: Affine { Affine(x: x, y: -y, infinity: infinity) }
}

struct Jacobian<F: CurveField>: Sendable {
    var x: F
    var y: F
    var z: F

    static var identity: Jacobian { Jacobian(x: .one, y: .one, z: .zero) }

    var isIdentity: Bool { z.isZero }

    // dbl-2009-l for a = 0.
    func doubled() -> Jacobian {
        if isIdentity { return self }
        let a = x.square()
        let b = y.square()
        let c = b.square()
        let d = ((x + b).square() - a - c).doubled()
        let e = a.doubled() + a
        let f = e.square()
        let x3 = f - d.doubled()
        let c8 = c.doubled().doubled().doubled()
        let y3 = e * (d - x3) - c8
        let z3 = (y * z).doubled()
        return Jacobian(x: x3, y: y3, z: z3)
    }

    // add-2007-bl, with the doubling and inverse-point cases handled explicitly.
    static func + (p: Jacobian, q: Jacobian) -> Jacobian {
        if p.isIdentity { return q }
        if q.isIdentity { return p }
        let z1z1 = p.z.square(), z2z2 = q.z.square()
        let u1 = p.x * z2z2, u2 = q.x * z1z1
        let s1 = p.y * q.z * z2z2, s2 = q.y * p.z * z1z1
        let h = u2 - u1
        let rr = (s2 - s1).doubled()
        if h.isZero {
            return rr.isZero ? p.doubled() : .identity
        }
        let i = h.doubled().square()
        let j = h * i
        let v = u1 * i
        let x3 = rr.square() - j - v.doubled()
        let y3 = rr * (v - x3) - (s1 * j).doubled()
        let z3 = ((p.z + q.z).square() - z1z1 - z2z2) * h
        return Jacobian(x: x3, y: y3, z: z3)
    }

    static func - (p: Jacobian, q: Jacobian) -> Jacobian { p + (-q) }

    static prefix func - (p: Jacobian) -> Jacobian { Jacobian(x: p.x, y: -p.y, z: p.z) }

    /// Projective equality: X1 Z2^2 = X2 Z1^2 and Y1 Z2^3 = Y2 Z1^3.
    func isEqual(to q: Jacobian) -> Bool {
        if isIdentity || q.isIdentity { return isIdentity && q.isIdentity }
        let z1z1 = z.square(), z2z2 = q.z.square()
        guard x * z2z2 == q.x * z1z1 else { return false }
        return y * z2z2 * q.z == q.y * z1z1 * z
    }

    var affine: Affine<F> {
        if isIdentity { return .identity }
        let zi = z.inverse()
        let zi2 = zi.square()
        return Affine(x: x * zi2, y: y * zi2 * zi, infinity: false)
    }

    var isOnCurve: Bool {
        if isIdentity { return true }
        let z2 = z.square()
        let z6 = z2.square() * z2
        return y.square() == x.square() * x + F.curveB * z6
    }

    /// Double-and-add over a public scalar given as little-endian 64-bit words.
    func multiplied(by k: [UInt64]) -> Jacobian {
        var acc = Jacobian.identity
        for w in k.reversed() {
            var bit = 63
            while bit >= 0 {
                acc = acc.doubled()
                if (w >> UInt64(bit)) & 1 == 1 { acc = acc + self }
                bit -= 1
            }
        }
        return acc
    }

    func multiplied(by k: UInt64) -> Jacobian { multiplied(by: [k]) }
}

/// Curve constants shared by G1 and G2.
enum CurveConst {
    /// The prime order r of G1 and G2.
    static let r: [UInt64] = [0xffffffff00000001, 0x53bda402fffe5bfe, 0x3339d80809a1d805, 0x73eda753299d7d48]
    /// |x| for the BLS parameter x = -0xd201000000010000.
    static let xAbs: UInt64 = 0xd201000000010000

    static let g1Generator = Affine<Fp>(
        x: Fp(hex: "17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"),
        y: Fp(hex: "08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1"),
        infinity: false
    )

    /// Constants of psi, the untwist-Frobenius-twist endomorphism of E'(F_p^2):
    /// psi(x, y) = (conj(x) * xi^-((p-1)/3), conj(y) * xi^-((p-1)/2)).
    static let psiX: Fp2 = Fp2(.one, .one).pow(FpConst.pMinus1Over3).inverse()
    static let psiY: Fp2 = Fp2(.one, .one).pow(FpConst.pMinus1Over2).inverse()
}

extension Jacobian where F == Fp2 {
    /// psi on Jacobian coordinates (conjugation is a field automorphism, so Z just conjugates).
    func psi() -> Jacobian {
        Jacobian(x: x.conjugate() * CurveConst.psiX, y: y.conjugate() * CurveConst.psiY, z: z.conjugate())
    }

    /// [x]P for the (negative) BLS parameter x.
    func mulByX() -> Jacobian { -multiplied(by: CurveConst.xAbs) }

    /// G2 membership for a point already on E': psi(P) == [x]P (Scott, eprint 2021/1130).
    var isInG2: Bool { psi().isEqual(to: mulByX()) }

    /// Cofactor clearing by h_eff using psi (RFC 9380 appendix G.3, Budroni-Pintore).
    func clearCofactor() -> Jacobian {
        let t1 = mulByX()
        var t2 = psi()
        var t3 = doubled().psi().psi()
        t3 = t3 - t2
        t2 = (t1 + t2).mulByX()
        t3 = t3 + t2
        t3 = t3 - t1
        return t3 - self
    }
}

extension Jacobian where F == Fp {
    /// G1 membership for a point already on E: sigma(P) == -[x^2]P, where sigma(x, y) = (beta x, y)
    /// (Scott, eprint 2021/1130; proof in eprint 2022/352). Costs two 64-bit multiplications
    /// instead of one by the 255-bit r.
    var isInG1: Bool {
        let x2p = multiplied(by: CurveConst.xAbs).multiplied(by: CurveConst.xAbs)
        return Jacobian(x: x * G1Endo.beta, y: y, z: z).isEqual(to: -x2p)
    }
}

enum G1Endo {
    /// The cube root of unity beta for which sigma acts as -x^2 on G1. Of the two primitive
    /// roots only one matches; pick it on the generator instead of transcribing a constant.
    static let beta: Fp = {
        var g: UInt64 = 2
        var w = Fp(small: g).pow(FpConst.pMinus1Over3)
        while w == .one {
            g += 1
            w = Fp(small: g).pow(FpConst.pMinus1Over3)
        }
        let gen = CurveConst.g1Generator.jacobian
        let target = -gen.multiplied(by: CurveConst.xAbs).multiplied(by: CurveConst.xAbs)
        return Jacobian(x: gen.x * w, y: gen.y, z: gen.z).isEqual(to: target) ? w : w.square()
    }()
}
