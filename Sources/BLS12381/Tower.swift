// Extension tower of BLS12-381: Fp2 = Fp[u]/(u^2 + 1), Fp6 = Fp2[v]/(v^3 - (u + 1)),
// Fp12 = Fp6[w]/(w^2 - v). All types are plain structs so they live on the stack.

/// An element c0 + c1*u of F_p^2.
struct Fp2: Equatable, Sendable {
    var c0: Fp
    var c1: Fp

    init(_ c0: Fp, _ c1: Fp) { self.c0 = c0; self.c1 = c1 }

    static let zero = Fp2(.zero, .zero)
    static let one = Fp2(.one, .zero)

    var isZero: Bool { c0.isZero && c1.isZero }

    static func + (a: Fp2, b: Fp2) -> Fp2 { Fp2(a.c0 + b.c0, a.c1 + b.c1) }
    static func - (a: Fp2, b: Fp2) -> Fp2 { Fp2(a.c0 - b.c0, a.c1 - b.c1) }
    static prefix func - (a: Fp2) -> Fp2 { Fp2(-a.c0, -a.c1) }

    // Karatsuba: three base multiplications instead of four.
    static func * (a: Fp2, b: Fp2) -> Fp2 {
        let t0 = a.c0 * b.c0
        let t1 = a.c1 * b.c1
        let t2 = (a.c0 + a.c1) * (b.c0 + b.c1)
        return Fp2(t0 - t1, t2 - t0 - t1)
    }

    static func += (a: inout Fp2, b: Fp2) { a = a + b }
    static func -= (a: inout Fp2, b: Fp2) { a = a - b }
    static func *= (a: inout Fp2, b: Fp2) { a = a * b }

    func square() -> Fp2 {
        let s = (c0 + c1) * (c0 - c1)
        let t = c0 * c1
        return Fp2(s, t + t)
    }

    func doubled() -> Fp2 { self + self }
    func mulFp(_ s: Fp) -> Fp2 { Fp2(c0 * s, c1 * s) }

    /// Multiplication by the sextic non-residue xi = u + 1.
    func mulByXi() -> Fp2 { Fp2(c0 - c1, c0 + c1) }

    /// The p-power Frobenius, which on F_p^2 is conjugation.
    func conjugate() -> Fp2 { Fp2(c0, -c1) }

    /// Inverse via the norm; zero maps to zero.
    func inverse() -> Fp2 {
        let n = (c0.square() + c1.square()).inverse()
        return Fp2(c0 * n, -(c1 * n))
    }

    func pow(_ e: [UInt64]) -> Fp2 { power(e) }

    /// Square root when one exists (p = 3 mod 4 method of Adj and Rodriguez-Henriquez, alg. 9).
    func sqrt() -> Fp2? {
        if isZero { return .zero }
        let a1 = pow(FpConst.pMinus3Over4)
        let alpha = a1.square() * self
        let x0 = a1 * self
        let candidate: Fp2
        if alpha == Fp2(-Fp.one, .zero) {
            candidate = Fp2(-x0.c1, x0.c0)
        } else {
            candidate = (alpha + .one).pow(FpConst.pMinus1Over2) * x0
        }
        return candidate.square() == self ? candidate : nil
    }

    /// A non-zero element is a square iff its norm is a square in F_p.
    var isSquare: Bool { (c0.square() + c1.square()).isSquare }

    /// RFC 9380 sgn0 for m = 2.
    var sgn0: Bool {
        let s0 = c0.sgn0
        return s0 || (c0.isZero && c1.sgn0)
    }

    /// ZCash ordering for compressed G2: compare the imaginary part first.
    var isLexLargest: Bool { c1.isZero ? c0.isLexLargest : c1.isLexLargest }

    init(hex0: String, hex1: String) { self.init(Fp(hex: hex0), Fp(hex: hex1)) }
}

/// An element c0 + c1*v + c2*v^2 of F_p^6.
struct Fp6: Equatable, Sendable {
    var c0, c1, c2: Fp2

    init(_ c0: Fp2, _ c1: Fp2, _ c2: Fp2) { self.c0 = c0; self.c1 = c1; self.c2 = c2 }

    static let zero = Fp6(.zero, .zero, .zero)
    static let one = Fp6(.one, .zero, .zero)

    static func + (a: Fp6, b: Fp6) -> Fp6 { Fp6(a.c0 + b.c0, a.c1 + b.c1, a.c2 + b.c2) }
    static func - (a: Fp6, b: Fp6) -> Fp6 { Fp6(a.c0 - b.c0, a.c1 - b.c1, a.c2 - b.c2) }
    static prefix func - (a: Fp6) -> Fp6 { Fp6(-a.c0, -a.c1, -a.c2) }

    static func * (a: Fp6, b: Fp6) -> Fp6 {
        let t0 = a.c0 * b.c0, t1 = a.c1 * b.c1, t2 = a.c2 * b.c2
        let r0 = ((a.c1 + a.c2) * (b.c1 + b.c2) - t1 - t2).mulByXi() + t0
        let r1 = (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1 + t2.mulByXi()
        let r2 = (a.c0 + a.c2) * (b.c0 + b.c2) - t0 - t2 + t1
        return Fp6(r0, r1, r2)
    }

    // Chung-Hasan SQR2: three squarings and two multiplications in F_p^2 instead of six multiplications.
    func square() -> Fp6 {
        let s0 = c0.square()
        let ab = c0 * c1
        let s1 = ab + ab
        let s2 = (c0 - c1 + c2).square()
        let bc = c1 * c2
        let s3 = bc + bc
        let s4 = c2.square()
        return Fp6(s3.mulByXi() + s0, s4.mulByXi() + s1, s1 + s2 + s3 - s0 - s4)
    }

    /// Multiplication by v: (c0, c1, c2) -> (xi*c2, c0, c1).
    func mulByV() -> Fp6 { Fp6(c2.mulByXi(), c0, c1) }

    /// Multiplication by the sparse element b0 + b1*v.
    func mulBy01(_ b0: Fp2, _ b1: Fp2) -> Fp6 {
        let t0 = c0 * b0, t1 = c1 * b1
        let r0 = ((c1 + c2) * b1 - t1).mulByXi() + t0
        let r1 = (c0 + c1) * (b0 + b1) - t0 - t1
        let r2 = (c0 + c2) * b0 - t0 + t1
        return Fp6(r0, r1, r2)
    }

    /// Multiplication by the sparse element b1*v.
    func mulBy1(_ b1: Fp2) -> Fp6 { Fp6((c2 * b1).mulByXi(), c0 * b1, c1 * b1) }

    func inverse() -> Fp6 {
        let t0 = c0.square() - (c1 * c2).mulByXi()
        let t1 = c2.square().mulByXi() - c0 * c1
        let t2 = c1.square() - c0 * c2
        let n = ((c1 * t2 + c2 * t1).mulByXi() + c0 * t0).inverse()
        return Fp6(t0 * n, t1 * n, t2 * n)
    }
}

/// An element c0 + c1*w of F_p^12.
struct Fp12: Equatable, Sendable {
    var c0, c1: Fp6

    init(_ c0: Fp6, _ c1: Fp6) { self.c0 = c0; self.c1 = c1 }

    static let one = Fp12(.one, .zero)

    var isOne: Bool { self == Fp12.one }

    static func * (a: Fp12, b: Fp12) -> Fp12 {
        let t0 = a.c0 * b.c0, t1 = a.c1 * b.c1
        return Fp12(t0 + t1.mulByV(), (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1)
    }

    static func *= (a: inout Fp12, b: Fp12) { a = a * b }

    func square() -> Fp12 {
        let t = c0 * c1
        let r0 = (c0 + c1) * (c0 + c1.mulByV()) - t - t.mulByV()
        return Fp12(r0, t + t)
    }

    /// Conjugation, the p^6-power Frobenius; the inverse on the cyclotomic subgroup.
    func conjugate() -> Fp12 { Fp12(c0, -c1) }

    func inverse() -> Fp12 {
        let n = (c0.square() - c1.square().mulByV()).inverse()
        return Fp12(c0 * n, -(c1 * n))
    }

    /// Multiplication by a line value l0 + l1*v + l4*v*w (the shape of M-twist lines).
    func mulBy014(_ l0: Fp2, _ l1: Fp2, _ l4: Fp2) -> Fp12 {
        let t0 = c0.mulBy01(l0, l1)
        let t1 = c1.mulBy1(l4)
        let r1 = (c0 + c1).mulBy01(l0, l1 + l4) - t0 - t1
        return Fp12(t0 + t1.mulByV(), r1)
    }

    /// The p-power Frobenius: conjugate each coefficient of w^i and scale it by xi^(i(p-1)/6).
    func frobenius() -> Fp12 {
        let g = TowerConst.frobGamma
        return Fp12(
            Fp6(c0.c0.conjugate(), c0.c1.conjugate() * g.1, c0.c2.conjugate() * g.3),
            Fp6(c1.c0.conjugate() * g.0, c1.c1.conjugate() * g.2, c1.c2.conjugate() * g.4)
        )
    }

    /// Cyclotomic squaring (Granger-Scott) for elements of the order-(p^4 - p^2 + 1) subgroup.
    func cyclotomicSquare() -> Fp12 {
        // View the element as three F_p^4 values (g0, g1), (g2, g3), (g4, g5) over w^2 = v.
        let z0 = c0.c0, z4 = c0.c1, z3 = c0.c2
        let z2 = c1.c0, z1 = c1.c1, z5 = c1.c2
        func fp4Square(_ a: Fp2, _ b: Fp2) -> (Fp2, Fp2) {
            let a2 = a.square(), b2 = b.square()
            return (b2.mulByXi() + a2, (a + b).square() - a2 - b2)
        }
        let (t0, t1) = fp4Square(z0, z1)
        let (t2, t3) = fp4Square(z2, z3)
        let (t4, t5) = fp4Square(z4, z5)
        // Each output is 3*t -/+ 2*z.
        let n0 = (t0 - z0).doubled() + t0
        let n1 = (t1 + z1).doubled() + t1
        let tmp = t5.mulByXi()
        let n2 = (tmp + z2).doubled() + tmp
        let n3 = (t4 - z3).doubled() + t4
        let n4 = (t2 - z4).doubled() + t2
        let n5 = (t3 + z5).doubled() + t3
        return Fp12(Fp6(n0, n4, n3), Fp6(n2, n1, n5))
    }
}

enum TowerConst {
    /// xi^(i(p-1)/6) for i = 1...5, computed once from xi rather than transcribed.
    static let frobGamma: (Fp2, Fp2, Fp2, Fp2, Fp2) = {
        let xi = Fp2(.one, .one)
        let g1 = xi.pow(FpConst.pMinus1Over6)
        let g2 = g1 * g1, g3 = g2 * g1, g4 = g3 * g1, g5 = g4 * g1
        return (g1, g2, g3, g4, g5)
    }()
}
