import Testing
@testable import BLS12381

@Suite struct PairingTests {
    let g1 = CurveConst.g1Generator
    let g2 = TestPoints.g2Generator

    @Test func bilinearAndNonDegenerate() {
        let e = Pairing.pairing(g1, g2)
        #expect(!e.isOne)
        let a: UInt64 = 0x1234_5678_9abc, b: UInt64 = 0xfedc_ba98
        let ea = Pairing.pairing(g1.jacobian.multiplied(by: a).affine, g2)
        let eb = Pairing.pairing(g1, g2.jacobian.multiplied(by: a).affine)
        #expect(ea == eb)
        let lhs = Pairing.pairing(g1.jacobian.multiplied(by: a).affine, g2.jacobian.multiplied(by: b).affine)
        let rhs = Pairing.pairing(g1.jacobian.multiplied(by: b).affine, g2.jacobian.multiplied(by: a).affine)
        #expect(lhs == rhs)
        // e(P, Q)^r = 1: the value lies in G_T.
        var acc = Fp12.one
        for w in CurveConst.r.reversed() {
            for bit in stride(from: 63, through: 0, by: -1) {
                acc = acc.square()
                if (w >> UInt64(bit)) & 1 == 1 { acc = acc * e }
            }
        }
        #expect(acc.isOne)
    }

    @Test func productOfInversePairsIsOne() {
        let p = g1.jacobian.multiplied(by: 99).affine
        let q = g2.jacobian.multiplied(by: 77).affine
        #expect(Pairing.productIsOne([(p, q), (p.negated, q)]))
        #expect(Pairing.productIsOne([(p, q), (p, q.negated)]))
        #expect(!Pairing.productIsOne([(p, q), (p, q)]))
        #expect(Pairing.productIsOne([(.identity, q), (p, .identity)]))
    }
}
