import Testing
@testable import BLS12381

/// Known answers from scripts/bls/gen_kat.py (py_ecc, cross-checked with blst through pyblst).
@Suite struct KnownAnswerTests {
    static func expectVerdict(_ name: String, _ expect: String, _ run: () throws(BLSError) -> Bool) {
        do {
            let ok = try run()
            if expect == "valid" {
                #expect(ok, "\(name)")
            } else {
                #expect(!ok && expect == "invalid", "\(name): returned \(ok), expected \(expect)")
            }
        } catch {
            #expect(expect == "error:\(errorName(error))", "\(name): threw \(error), expected \(expect)")
        }
    }

    static func errorName(_ e: BLSError) -> String {
        switch e {
        case .invalidPublicKeyLength: "invalidPublicKeyLength"
        case .invalidSignatureLength: "invalidSignatureLength"
        case .missingCompressionFlag: "missingCompressionFlag"
        case .invalidInfinityEncoding: "invalidInfinityEncoding"
        case .nonCanonicalFieldElement: "nonCanonicalFieldElement"
        case .notOnCurve: "notOnCurve"
        case .notInSubgroup: "notInSubgroup"
        case .infinityPublicKey: "infinityPublicKey"
        }
    }

    @Test func singleSignatures() throws {
        let data = try TestData.json("bls_kat")
        #expect(data["dst"] as? String == "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_")
        let cases = try #require(data["single"] as? [[String: String]])
        #expect(cases.count >= 30)
        for c in cases {
            let pk = hexBytes(c["pk"]!), msg = hexBytes(c["msg"]!), sig = hexBytes(c["sig"]!)
            Self.expectVerdict(c["name"]!, c["expect"]!) { () throws(BLSError) -> Bool in
                try BLS.verify(signature: sig, publicKey: pk, message: msg)
            }
        }
    }

    @Test func aggregateSignatures() throws {
        let data = try TestData.json("bls_kat")
        let cases = try #require(data["aggregate"] as? [[String: Any]])
        #expect(cases.count >= 8)
        for c in cases {
            let pks = (c["pks"] as! [String]).map(hexBytes)
            let msgs = (c["msgs"] as! [String]).map(hexBytes)
            let sig = hexBytes(c["sig"] as! String)
            Self.expectVerdict(c["name"] as! String, c["expect"] as! String) { () throws(BLSError) -> Bool in
                try BLS.aggregateVerify(signature: sig, publicKeys: pks, messages: msgs)
            }
        }
    }

    @Test func specificErrorsCarryLengths() {
        #expect(throws: BLSError.invalidPublicKeyLength(47)) {
            try BLS.verify(
                signature: [UInt8](repeating: 0, count: 96), publicKey: [UInt8](repeating: 0, count: 47), message: [])
        }
        #expect(throws: BLSError.invalidSignatureLength(0)) {
            try BLS.verify(signature: [], publicKey: BLS.compressG1(CurveConst.g1Generator), message: [])
        }
    }
}
