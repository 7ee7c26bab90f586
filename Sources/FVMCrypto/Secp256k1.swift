import CSecp256k1
import IPLD

/// secp256k1 public-key recovery and Filecoin (f1) signature checking over libsecp256k1.
///
/// Filecoin never calls ECDSA verify: it recovers the key and compares addresses. Recovery in
/// libsecp256k1 imposes no low-s rule, which matches ref-fvm (libsecp256k1 0.7 `recover` in
/// v2 and v3 accepts high s), so no normalisation is needed here.
public enum Secp256k1 {
    /// Length of a signature `r(32) ‖ s(32) ‖ v(1)`.
    public static let signatureLength = 65
    /// Length of an uncompressed public key `0x04 ‖ x ‖ y`.
    public static let publicKeyLength = 65

    /// Recovers the 65-byte uncompressed public key that produced `signature65` over `hash32`.
    public static func recoverPublicKey(hash32: [UInt8], signature65: [UInt8]) throws(Secp256k1Error) -> [UInt8] {
        guard hash32.count == 32 else { throw .invalidHashLength(hash32.count) }
        guard signature65.count == signatureLength else { throw .invalidSignatureLength(signature65.count) }
        let recoveryID = signature65[64]
        // Checked here because libsecp256k1 treats an out-of-range id as a caller bug.
        guard recoveryID < 4 else { throw .invalidRecoveryID(recoveryID) }
        let context = SharedContext.instance.pointer

        var signature = secp256k1_ecdsa_recoverable_signature()
        let parsed = signature65.withUnsafeBufferPointer { sig in
            secp256k1_ecdsa_recoverable_signature_parse_compact(
                context, &signature, sig.baseAddress!, Int32(recoveryID))
        }
        guard parsed == 1 else { throw .invalidSignature }

        var publicKey = secp256k1_pubkey()
        let recovered = hash32.withUnsafeBufferPointer { hash in
            secp256k1_ecdsa_recover(context, &publicKey, &signature, hash.baseAddress!)
        }
        guard recovered == 1 else { throw .recoveryFailed }

        var output = [UInt8](repeating: 0, count: publicKeyLength)
        var outputLength = publicKeyLength
        let uncompressed: UInt32 = 2  // SECP256K1_EC_UNCOMPRESSED (a macro Swift cannot import)
        _ = output.withUnsafeMutableBufferPointer { out in
            secp256k1_ec_pubkey_serialize(context, out.baseAddress!, &outputLength, &publicKey, uncompressed)
        }
        return output
    }

    /// Checks a Filecoin secp256k1 signature: the key recovered from BLAKE2b-256(`message`) must
    /// hash (BLAKE2b-160) to the f1 address payload. Malformed input is simply invalid.
    public static func verify(signature: [UInt8], message: [UInt8], signerAddressPayload: [UInt8]) -> Bool {
        guard signature.count == signatureLength, signerAddressPayload.count == 20 else { return false }
        let digest = Blake2b.hash(message, length: 32)
        guard let key = try? recoverPublicKey(hash32: digest, signature65: signature) else { return false }
        return Blake2b.hash(key, length: 20) == signerAddressPayload
    }

    /// The f1 address payload of an uncompressed public key.
    public static func addressPayload(publicKey: [UInt8]) -> [UInt8] {
        Blake2b.hash(publicKey, length: 20)
    }
}

/// One libsecp256k1 context for the whole process. After creation it is only read (parsing,
/// recovery and serialisation never mutate it), which libsecp256k1 documents as thread-safe.
private final class SharedContext: @unchecked Sendable {
    static let instance = SharedContext()
    let pointer: OpaquePointer

    private init() {
        let none: UInt32 = 1  // SECP256K1_CONTEXT_NONE
        // Creation only fails on allocation failure, after which nothing can work anyway.
        pointer = secp256k1_context_create(none)!
        // The default illegal-argument callback aborts the process; every argument is validated
        // before each call, so a silent failure return is the safer fallback.
        secp256k1_context_set_illegal_callback(pointer, { _, _ in }, nil)
    }
}
