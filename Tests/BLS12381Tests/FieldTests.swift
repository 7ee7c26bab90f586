import Hashing
import Testing
@testable import BLS12381

@Suite struct FieldTests {
    @Test func fpRingAndInverse() {
        var rng = TestRNG(state: 1)
        for _ in 0..<20 {
            let a = rng.fp(), b = rng.fp(), c = rng.fp()
            #expect((a + b) - b == a)
            #expect(a * (b + c) == a * b + a * c)
            #expect(a * b == b * a)
            #expect(a * a.inverse() == .one)
            #expect(a.canonical.isBelowP)
            #expect(Fp(bigEndian: a.bigEndianBytes) == a)
            let s = a.square()
            #expect(s.sqrt().map { $0 == a || $0 == -a } == true)
        }
        #expect(Fp.zero - Fp.one + Fp.one == .zero)
        #expect(Fp(small: 7) * Fp(small: 6) == Fp(small: 42))
    }

    @Test func fpRejectsNonCanonical() {
        let p = hexBytes(
            "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab")
        #expect(Fp(bigEndian: p) == nil)
        var pm1 = p
        pm1[47] -= 1
        #expect(Fp(bigEndian: pm1) == -Fp.one)
    }

    @Test func fp2Identities() {
        var rng = TestRNG(state: 2)
        for _ in 0..<10 {
            let a = rng.fp2(), b = rng.fp2()
            #expect(a.square() == a * a)
            #expect(a * a.inverse() == .one)
            #expect((a * b).conjugate() == a.conjugate() * b.conjugate())
            let s = a.square()
            #expect(s.isSquare)
            #expect(s.sqrt().map { $0 == a || $0 == -a } == true)
            #expect(a.mulByXi() == a * Fp2(.one, .one))
        }
        // u^2 = -1.
        let u = Fp2(.zero, .one)
        #expect(u * u == Fp2(-Fp.one, .zero))
        // xi = 1 + u is a non-square (it defines the sextic twist).
        #expect(!Fp2(.one, .one).isSquare)
        #expect(Fp2(.one, .one).sqrt() == nil)
    }

    @Test func fp6AndFp12Identities() {
        var rng = TestRNG(state: 3)
        for _ in 0..<4 {
            let a = rng.fp6(), b = rng.fp6(), c = rng.fp6()
            #expect(a.square() == a * a)
            #expect(a * (b + c) == a * b + a * c)
            #expect(a * a.inverse() == .one)
            #expect(a.mulBy01(b.c0, b.c1) == a * Fp6(b.c0, b.c1, .zero))
            #expect(a.mulBy1(b.c1) == a * Fp6(.zero, b.c1, .zero))
            let f = rng.fp12(), g = rng.fp12()
            #expect(f.square() == f * f)
            #expect(f * f.inverse() == .one)
            #expect((f * g).frobenius() == f.frobenius() * g.frobenius())
            let l0 = rng.fp2(), l1 = rng.fp2(), l4 = rng.fp2()
            #expect(f.mulBy014(l0, l1, l4) == f * Fp12(Fp6(l0, l1, .zero), Fp6(.zero, l4, .zero)))
            var h = f
            for _ in 0..<12 { h = h.frobenius() }
            #expect(h == f)
            // Frobenius is the p-power map; check on a small power identity: frob^6 = conjugation.
            var k = f
            for _ in 0..<6 { k = k.frobenius() }
            #expect(k == f.conjugate())
        }
    }

    @Test func cyclotomicSquareMatchesSquare() {
        var rng = TestRNG(state: 4)
        let f = rng.fp12()
        // Map into the cyclotomic subgroup with the easy part of the final exponentiation.
        var y = f.conjugate() * f.inverse()
        y = y.frobenius().frobenius() * y
        #expect(y.cyclotomicSquare() == y.square())
        #expect(y * y.conjugate() == .one)
    }

    @Test func sha256KnownAnswers() {
        #expect(hexString(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            hexString(SHA256.hash(Array("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(hexString(SHA256.hash(long)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            hexString(SHA256.hash([UInt8](repeating: 0x61, count: 1000)))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
