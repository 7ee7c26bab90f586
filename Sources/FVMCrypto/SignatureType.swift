/// Filecoin signature schemes, numbered as in the `crypto::verify_signature` syscall.
public enum SignatureType: UInt8, Sendable, CaseIterable {
    case secp256k1 = 1
    case bls = 2
}
