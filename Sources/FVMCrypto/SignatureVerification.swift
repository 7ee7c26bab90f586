/// Signature checking that is not of the kind this module implements.
public enum SignatureVerificationError: Error, Equatable, Sendable {
    /// BLS lives in the BLS12381 module; the kernel dispatches it there.
    case unsupportedSignatureType(SignatureType)
}

/// Verifies a Filecoin signature of `type` by the key address whose payload is
/// `signerAddressPayload`; returns false for any malformed or non-matching signature.
public func verifySignature(
    type: SignatureType,
    signature: [UInt8],
    signerAddressPayload: [UInt8],
    message: [UInt8]
) throws(SignatureVerificationError) -> Bool {
    switch type {
    case .secp256k1:
        return Secp256k1.verify(signature: signature, message: message, signerAddressPayload: signerAddressPayload)
    case .bls:
        throw .unsupportedSignatureType(.bls)
    }
}
