import Testing
@testable import BLS12381

/// RFC 9380 vectors (appendices J.10.1 and K.1), extracted by scripts/bls/extract_rfc9380.py.
@Suite struct HashToCurveTests {
    @Test func expandMessageXMD() throws {
        let data = try TestData.json("rfc9380_vectors")
        let cases = try #require(data["expand_message_xmd"] as? [[String: Any]])
        #expect(cases.count == 20)
        for c in cases {
            let dst = Array((c["dst"] as! String).utf8)
            let msg = Array((c["msg"] as! String).utf8)
            let len = c["len"] as! Int
            let out = HashToCurve.expandMessageXMD(msg, dst: dst, length: len)
            #expect(out.map(hexString) == (c["uniform_bytes"] as! String), "msg \(c["msg"]!) len \(len)")
        }
    }

    @Test func hashToG2Suite() throws {
        let data = try TestData.json("rfc9380_vectors")
        let suite = try #require(data["hash_to_g2"] as? [String: Any])
        let dst = Array((suite["dst"] as! String).utf8)
        let vectors = try #require(suite["vectors"] as? [[String: Any]])
        #expect(vectors.count == 5)
        for v in vectors {
            let msg = Array((v["msg"] as! String).utf8)
            let (u0, u1) = HashToCurve.hashToField(msg, dst: dst)
            #expect(u0 == Fp2(hexPair: v["u0"] as! [String]))
            #expect(u1 == Fp2(hexPair: v["u1"] as! [String]))
            let q0 = HashToCurve.isoMap(HashToCurve.mapToCurveSSWU(u0)).affine
            #expect(q0.x == Fp2(hexPair: v["q0x"] as! [String]))
            #expect(q0.y == Fp2(hexPair: v["q0y"] as! [String]))
            let q1 = HashToCurve.isoMap(HashToCurve.mapToCurveSSWU(u1)).affine
            #expect(q1.x == Fp2(hexPair: v["q1x"] as! [String]))
            #expect(q1.y == Fp2(hexPair: v["q1y"] as! [String]))
            let p = HashToCurve.hashToG2(msg, dst: dst).affine
            #expect(p.x == Fp2(hexPair: v["px"] as! [String]), "msg \(v["msg"]!)")
            #expect(p.y == Fp2(hexPair: v["py"] as! [String]), "msg \(v["msg"]!)")
            #expect(p.jacobian.isInG2)
        }
    }

    @Test func sswuExceptionalInputs() {
        // u = 0 makes Z^2 u^4 + Z u^2 vanish: the map must take the x1 = B/(ZA) branch and
        // still land on E2', then on E' after the isogeny.
        for u in [Fp2.zero, Fp2.one, Fp2(.zero, .one)] {
            let q = HashToCurve.mapToCurveSSWU(u)
            let a = H2CConst.isoA, b = H2CConst.isoB
            #expect(q.y.square() == (q.x.square() + a) * q.x + b)
            #expect(HashToCurve.isoMap(q).isOnCurve)
        }
    }
}
