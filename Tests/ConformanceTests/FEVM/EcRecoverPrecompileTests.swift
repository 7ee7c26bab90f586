import BigInt
import CSecp256k1
import Conformance
import FVMCrypto
import Testing

/// The ecrecover precompile (0x01): input `hash ‖ v ‖ r ‖ s` (v = 27 + recovery id), output the
/// signer's address as a word. The signature is made here by libsecp256k1 with private key 1, so
/// the signer's public key is the curve's generator G and its address keccak256(Gx ‖ Gy)[12:].
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct EcRecoverPrecompileTests {
    /// The secp256k1 generator (SEC 2), the public key of private key 1.
    static let generator: [UInt8] =
        Word.of(
            big: BigUInt("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798", radix: 16)!)
        + Word.of(big: BigUInt("483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8", radix: 16)!)
    static let signer = try! EthAddress(Array(Keccak256.hash(generator)[12...]))
    static let hash = Keccak256.hash(Array("a message signed for the FEVM tests".utf8))

    /// `r ‖ s` and the recovery id of private key 1's signature of `hash` (RFC 6979 nonce).
    static func sign(_ hash: [UInt8]) throws -> (rs: [UInt8], recoveryID: Int32) {
        // SECP256K1_CONTEXT_SIGN (a macro Swift cannot import); newer libraries treat it as NONE.
        let context = try #require(secp256k1_context_create(0x201))
        defer { secp256k1_context_destroy(context) }
        let key = [UInt8](repeating: 0, count: 31) + [1]
        var signature = secp256k1_ecdsa_recoverable_signature()
        try #require(secp256k1_ecdsa_sign_recoverable(context, &signature, hash, key, nil, nil) == 1)
        var rs = [UInt8](repeating: 0, count: 64)
        var recoveryID: Int32 = 0
        try #require(
            secp256k1_ecdsa_recoverable_signature_serialize_compact(context, &rs, &recoveryID, &signature) == 1)
        return (rs, recoveryID)
    }

    @Test func theGeneratorsAddressIsTheWellKnownOne() throws {
        #expect(Self.signer == (try EthAddress(hex: "0x7e5f4552091a69125d5dfcb7b8c2659029395bdf")))
    }

    @Test func recoversTheSignersAddress() throws {
        let (rs, recoveryID) = try Self.sign(Self.hash)
        let input = Self.hash + Word.of(UInt64(27 + recoveryID)) + rs

        let answer = try PrecompileProxy.run(PrecompileProxy.precompile(1), input: input)

        #expect(answer.success)
        #expect(answer.output == Word.of(Self.signer))
    }

    @Test func anInvalidRecoveryByteGivesNoAddressButNoFailure() throws {
        let (rs, _) = try Self.sign(Self.hash)
        let answer = try PrecompileProxy.run(PrecompileProxy.precompile(1), input: Self.hash + Word.of(29) + rs)
        #expect(answer.success)
        #expect(answer.output.isEmpty)
    }
}
