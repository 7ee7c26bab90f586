/// Why a secp256k1 public key could not be recovered; the kernel reports all of them as
/// IllegalArgument.
public enum Secp256k1Error: Error, Equatable, Sendable {
    /// The message hash is not 32 bytes.
    case invalidHashLength(Int)
    /// The signature is not 65 bytes `r ‖ s ‖ v`.
    case invalidSignatureLength(Int)
    /// The recovery byte `v` is not in 0...3.
    case invalidRecoveryID(UInt8)
    /// `r` or `s` is not below the group order.
    case invalidSignature
    /// No point matches the signature (zero `r`/`s`, x ≥ p, or the point at infinity).
    case recoveryFailed
}
