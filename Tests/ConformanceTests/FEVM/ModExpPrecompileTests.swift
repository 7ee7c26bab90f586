import BigInt
import Conformance
import Testing

/// The modexp precompile (0x05, EIP-198): input `len(B) ‖ len(E) ‖ len(M) ‖ B ‖ E ‖ M` (lengths as
/// words), output B^E mod M as exactly len(M) big-endian bytes; checked against BigInt.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct ModExpPrecompileTests {
    static func input(base: [UInt8], exponent: [UInt8], modulus: [UInt8]) -> [UInt8] {
        Word.of(UInt64(base.count)) + Word.of(UInt64(exponent.count)) + Word.of(UInt64(modulus.count)) + base + exponent
            + modulus
    }

    static func expected(base: [UInt8], exponent: [UInt8], modulus: [UInt8]) -> [UInt8] {
        let value = Word.uint(base).power(Word.uint(exponent), modulus: Word.uint(modulus))
        let raw = [UInt8](value.serialize())
        return [UInt8](repeating: 0, count: modulus.count - raw.count) + raw
    }

    @Test func smallNumbers() throws {
        // 3^5 = 243 = 34 * 7 + 5.
        let answer = try PrecompileProxy.run(
            PrecompileProxy.precompile(5), input: Self.input(base: [3], exponent: [5], modulus: [7]))
        #expect(answer.success)
        #expect(answer.output == [5])
    }

    @Test func wideOperandsMatchBigInt() throws {
        let base: [UInt8] = (0..<32).map { UInt8(0xa0 ^ $0) }
        let exponent: [UInt8] = [0x01, 0x00, 0x01]
        let modulus: [UInt8] = (0..<40).map { UInt8(truncatingIfNeeded: 0x35 * $0 | 1) }
        let answer = try PrecompileProxy.run(
            PrecompileProxy.precompile(5), input: Self.input(base: base, exponent: exponent, modulus: modulus))
        #expect(answer.success)
        #expect(answer.output.count == modulus.count)
        #expect(answer.output == Self.expected(base: base, exponent: exponent, modulus: modulus))
    }
}
