import Conformance
import FVMCrypto
import Testing

/// The Ethereum precompiles 0x02 (SHA-256), 0x03 (RIPEMD-160, left-padded to a word) and 0x04
/// (identity), checked against the repository's own hash functions.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct HashPrecompileTests {
    /// 100 bytes: longer than one SHA-256 block and not a multiple of the word size.
    static let input: [UInt8] = (0..<100).map { UInt8(($0 * 37 + 11) & 0xff) }

    @Test func sha256() throws {
        let answer = try PrecompileProxy.run(PrecompileProxy.precompile(2), input: Self.input)
        #expect(answer.success)
        #expect(answer.output == SupportedHash.sha2_256.digest(Self.input))
    }

    @Test func ripemd160IsLeftPaddedToAWord() throws {
        let answer = try PrecompileProxy.run(PrecompileProxy.precompile(3), input: Self.input)
        #expect(answer.success)
        #expect(answer.output == [UInt8](repeating: 0, count: 12) + RIPEMD160.hash(Self.input))
    }

    @Test func identityReturnsItsInput() throws {
        let answer = try PrecompileProxy.run(PrecompileProxy.precompile(4), input: Self.input)
        #expect(answer.success)
        #expect(answer.output == Self.input)
    }
}
