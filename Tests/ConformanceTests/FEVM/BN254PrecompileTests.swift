import BigInt
import Conformance
import Testing

/// The alt_bn128 precompiles: ecAdd (0x06), ecMul (0x07) against `BN254Point`, and the pairing
/// check (0x08) on identities that hold for any pairing: the empty product is 1,
/// e(P, Q)·e(−P, Q) = 1, and e(P, Q)² ≠ 1 for the generators.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct BN254PrecompileTests {
    static let g1 = BN254Point.generator

    /// The G2 generator (EIP-197), as the pairing input orders it: x imaginary, x real, y
    /// imaginary, y real.
    static let g2: [UInt8] = [
        "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2",
        "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed",
        "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b",
        "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa",
    ].flatMap { Word.of(big: BigUInt($0, radix: 16)!) }

    /// Pairing input: each G1 point with the G2 generator.
    static func pairs(_ points: [BN254Point]) -> [UInt8] { points.flatMap { $0.encoded + g2 } }

    @Test func theReferenceDoublesTheGeneratorToThePublishedPoint() {
        let doubled = Self.g1 + Self.g1
        #expect(doubled.isOnCurve)
        #expect(
            doubled.x == BigInt(BigUInt("030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd3", radix: 16)!)
        )
    }

    @Test func ecAddOfTheGeneratorToItself() throws {
        let answer = try PrecompileProxy.run(PrecompileProxy.precompile(6), input: Self.g1.encoded + Self.g1.encoded)
        #expect(answer.success)
        #expect(answer.output == (Self.g1 + Self.g1).encoded)
    }

    @Test func ecAddOfAPointAndItsNegationIsInfinity() throws {
        let p = 2 * Self.g1
        let answer = try PrecompileProxy.run(PrecompileProxy.precompile(6), input: p.encoded + p.negated.encoded)
        #expect(answer.success)
        #expect(answer.output == BN254Point.infinity.encoded)
    }

    @Test func ecMulByThreeIsGPlusTwoG() throws {
        let answer = try PrecompileProxy.run(PrecompileProxy.precompile(7), input: Self.g1.encoded + Word.of(3))
        #expect(answer.success)
        let expected = 3 * Self.g1
        #expect(expected == Self.g1 + (Self.g1 + Self.g1))
        #expect(expected.isOnCurve)
        #expect(answer.output == expected.encoded)
    }

    @Test func ecMulRejectsAPointOffTheCurve() throws {
        let off = BN254Point(x: 1, y: 3)
        #expect(!off.isOnCurve)
        let answer = try PrecompileProxy.run(PrecompileProxy.precompile(7), input: off.encoded + Word.of(2))
        #expect(!answer.success)
        #expect(answer.output.isEmpty)
    }

    @Test(arguments: [
        ("empty product", [UInt8](), UInt64(1)),
        ("e(P,Q)·e(−P,Q)", BN254PrecompileTests.pairs([.generator, BN254Point.generator.negated]), UInt64(1)),
        ("e(P,Q)²", BN254PrecompileTests.pairs([.generator, .generator]), UInt64(0)),
    ])
    func pairingCheck(name: String, input: [UInt8], result: UInt64) throws {
        let answer = try PrecompileProxy.run(PrecompileProxy.precompile(8), input: input)
        #expect(answer.success, "\(name)")
        #expect(answer.output == Word.of(result), "\(name)")
    }
}
