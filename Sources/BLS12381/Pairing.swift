// Optimal ate pairing on BLS12-381. The Miller loop runs over |x| = 0xd201000000010000 with
// the G2 accumulator in homogeneous projective coordinates, evaluates M-twist lines at the G1
// point as sparse F_p^12 elements, and shares one accumulator (and one final exponentiation)
// across all pairs of a product. Lines are scaled by F_p^2 factors, which the final
// exponentiation removes.

enum Pairing {
    /// Homogeneous projective point of E'(F_p^2): (X/Z, Y/Z).
    struct G2Proj {
        var x, y, z: Fp2
    }

    /// Doubles t; returns the tangent line (constant, coefficient of x_P, coefficient of y_P).
    static func doublingStep(_ t: inout G2Proj) -> (Fp2, Fp2, Fp2) {
        let b = t.y.square()
        let c = t.z.square()
        let e = (c.doubled() + c) * Fp2.curveB  // 3b'Z^2
        let f = e.doubled() + e  // 9b'Z^2
        let h = (t.y + t.z).square() - b - c  // 2YZ
        let xx = t.x.square()
        let x3 = (t.x * t.y).doubled() * (b - f)
        let e2 = e.square()
        let y3 = (b + f).square() - (e2.doubled() + e2).doubled().doubled()
        let z3 = (b * h).doubled().doubled()
        t = G2Proj(x: x3, y: y3, z: z3)
        return (e - b, xx.doubled() + xx, -h)
    }

    /// Adds the affine point q to t; returns the chord line in the same shape as doublingStep.
    static func additionStep(_ t: inout G2Proj, _ qx: Fp2, _ qy: Fp2) -> (Fp2, Fp2, Fp2) {
        let theta = t.y - qy * t.z
        let lambda = t.x - qx * t.z
        let c = theta.square()
        let d = lambda.square()
        let e = lambda * d
        let f = t.z * c
        let g = t.x * d
        let h = e + f - g.doubled()
        let x3 = lambda * h
        let y3 = theta * (g - h) - e * t.y
        let z3 = t.z * e
        t = G2Proj(x: x3, y: y3, z: z3)
        return (theta * qx - lambda * qy, -theta, lambda)
    }

    /// Product of Miller loop values f_{x,Q}(P) over all pairs (identity points are skipped).
    static func millerLoop(_ pairs: [(Affine<Fp>, Affine<Fp2>)]) -> Fp12 {
        let live = pairs.filter { !$0.0.infinity && !$0.1.infinity }
        if live.isEmpty { return .one }
        var ts = live.map { G2Proj(x: $0.1.x, y: $0.1.y, z: .one) }
        var f = Fp12.one
        let xAbs = CurveConst.xAbs
        var bit = 62
        while bit >= 0 {
            f = f.square()
            for i in 0..<live.count {
                let (l0, l1, l4) = doublingStep(&ts[i])
                let p = live[i].0
                f = f.mulBy014(l0, l1.mulFp(p.x), l4.mulFp(p.y))
            }
            if (xAbs >> UInt64(bit)) & 1 == 1 {
                for i in 0..<live.count {
                    let q = live[i].1
                    let (l0, l1, l4) = additionStep(&ts[i], q.x, q.y)
                    let p = live[i].0
                    f = f.mulBy014(l0, l1.mulFp(p.x), l4.mulFp(p.y))
                }
            }
            bit -= 1
        }
        // x is negative: f_{-|x|} is the inverse, i.e. the conjugate after the easy part.
        return f.conjugate()
    }

    /// a^x for the negative BLS parameter, for a in the cyclotomic subgroup.
    static func expByX(_ a: Fp12) -> Fp12 {
        var r = a
        var bit = 62
        let xAbs = CurveConst.xAbs
        while bit >= 0 {
            r = r.cyclotomicSquare()
            if (xAbs >> UInt64(bit)) & 1 == 1 { r = r * a }
            bit -= 1
        }
        return r.conjugate()
    }

    /// f^(3(p^12 - 1)/r): easy part (p^6 - 1)(p^2 + 1), then the hard part through
    /// 3(p^4 - p^2 + 1)/r = (x - 1)^2 (x + p)(x^2 + p^2 - 1) + 3 (Hayashida-Hayasaka-Teruya).
    /// The extra cube is harmless: 3 is prime to r, so the map is still a non-degenerate pairing.
    static func finalExponentiation(_ f: Fp12) -> Fp12 {
        var y = f.conjugate() * f.inverse()
        y = y.frobenius().frobenius() * y
        var a = expByX(y) * y.conjugate()
        a = expByX(a) * a.conjugate()
        let b = expByX(a) * a.frobenius()
        let c = expByX(expByX(b)) * b.frobenius().frobenius() * b.conjugate()
        return c * y.cyclotomicSquare() * y
    }

    /// Whether the product of the pairings of all pairs is the identity of G_T.
    static func productIsOne(_ pairs: [(Affine<Fp>, Affine<Fp2>)]) -> Bool {
        finalExponentiation(millerLoop(pairs)).isOne
    }

    /// The (cubed) pairing value, for tests of bilinearity.
    static func pairing(_ p: Affine<Fp>, _ q: Affine<Fp2>) -> Fp12 {
        finalExponentiation(millerLoop([(p, q)]))
    }
}
