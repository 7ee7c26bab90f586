import Testing
@testable import BLS12381

@Suite struct CurveTests {
    let g1 = CurveConst.g1Generator
    let g2 = TestPoints.g2Generator

    @Test func generatorsAreInTheirGroups() {
        #expect(g1.isOnCurve)
        #expect(g2.isOnCurve)
        #expect(g1.jacobian.isInG1)
        #expect(g2.jacobian.isInG2)
        #expect(g2.jacobian.multiplied(by: CurveConst.r).isIdentity)
    }

    @Test func groupLaw() {
        let p = g2.jacobian
        let p5 = p.multiplied(by: 5)
        #expect((p.doubled().doubled() + p).isEqual(to: p5))
        #expect((p5 - p5).isIdentity)
        #expect((p + p).isEqual(to: p.doubled()))
        #expect(p5.affine.isOnCurve)
        #expect(p5.isOnCurve)
        let q = g1.jacobian
        #expect((q.multiplied(by: 3) + q.multiplied(by: 4)).isEqual(to: q.multiplied(by: 7)))
        #expect(q.multiplied(by: 7).affine.isOnCurve)
    }

    @Test func psiActsAsFrobeniusEigenvalue() {
        // On G2, psi is multiplication by p mod r, which satisfies psi^2 - t*psi + p = 0
        // with t = x + 1; check the equivalent psi(P) = [x]P and that psi keeps points on E'.
        let p = g2.jacobian.multiplied(by: 12345)
        #expect(p.psi().isOnCurve)
        #expect(p.psi().isEqual(to: p.mulByX()))
    }

    @Test func subgroupChecksRejectCofactorPoints() throws {
        // A point of E' outside G2: x = 1 + u gives a square right-hand side for some small shift.
        var x = Fp2(.one, .zero)
        var found: Affine<Fp2>?
        for _ in 0..<50 {
            if let y = (x.square() * x + Fp2.curveB).sqrt() { found = Affine(x: x, y: y, infinity: false); break }
            x = x + Fp2.one
        }
        let p = try #require(found)
        #expect(p.isOnCurve)
        #expect(!p.jacobian.isInG2)
        #expect(!p.jacobian.multiplied(by: CurveConst.r).isIdentity)
        // Clearing the cofactor lands in G2.
        let cleared = p.jacobian.clearCofactor()
        #expect(cleared.isInG2)
        #expect(cleared.multiplied(by: CurveConst.r).isIdentity)
    }

    @Test func g1EndomorphismCheckAgreesWithOrderCheck() {
        // Points of E(F_p) with small x: almost all lie outside G1; multiples of g1 lie inside.
        var x = Fp.one
        var checked = 0
        for _ in 0..<40 {
            if let y = (x.square() * x + Fp.curveB).sqrt() {
                let p = Jacobian(x: x, y: y, z: .one)
                #expect(p.isInG1 == p.multiplied(by: CurveConst.r).isIdentity)
                let cleared = p.multiplied(by: [0xd201000000010001])  // 1 - x, the G1 cofactor clearing scalar
                #expect(cleared.isInG1 == cleared.multiplied(by: CurveConst.r).isIdentity)
                checked += 1
            }
            x = x + .one
        }
        #expect(checked > 5)
        for k: UInt64 in [1, 2, 3, 1_000_003] {
            #expect(g1.jacobian.multiplied(by: k).isInG1)
        }
    }

    @Test func compressionRoundTrip() throws {
        let data = try TestData.json("bls_kat")
        let points = try #require(data["points"] as? [[String: Any]])
        #expect(points.count >= 4)
        for pt in points {
            let c1 = hexBytes(pt["g1"] as! String)
            let a1 = try BLS.decompressG1(c1)
            #expect(a1.x == Fp(bigEndian: hexBytes(pt["g1x"] as! String)))
            #expect(a1.y == Fp(bigEndian: hexBytes(pt["g1y"] as! String)))
            #expect(BLS.compressG1(a1) == c1)
            let c2 = hexBytes(pt["g2"] as! String)
            let a2 = try BLS.decompressG2(c2)
            let xs = (pt["g2x"] as! [String]).map { Fp(bigEndian: hexBytes($0))! }
            let ys = (pt["g2y"] as! [String]).map { Fp(bigEndian: hexBytes($0))! }
            #expect(a2.x == Fp2(xs[0], xs[1]))
            #expect(a2.y == Fp2(ys[0], ys[1]))
            #expect(BLS.compressG2(a2) == c2)
        }
        // Generators and the identity round-trip too.
        #expect(try BLS.decompressG1(BLS.compressG1(g1)) == g1)
        #expect(try BLS.decompressG2(BLS.compressG2(g2)) == g2)
        #expect(try BLS.decompressG1(BLS.compressG1(.identity)).infinity)
        #expect(try BLS.decompressG2(BLS.compressG2(.identity)).infinity)
        #expect(
            hexString(BLS.compressG1(g1))
                == "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb")
    }
}
