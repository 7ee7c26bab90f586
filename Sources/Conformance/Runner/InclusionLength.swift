import FVMShared

/// The on-chain length a message is charged inclusion gas for.
enum InclusionLength {
    /// A secp256k1 sender's message is stored signed, which the vector does not carry: a 66-byte
    /// signature (type byte and 65 bytes) in a byte-string header (2 bytes) and the 2-element array
    /// header of the envelope (1 byte).
    static let secpSignatureOverhead = 69

    /// `bytes` is the unsigned message as the vector carries it.
    static func of(_ message: Message, bytes: [UInt8]) -> Int {
        bytes.count + (message.from.proto == .secp256k1 ? secpSignatureOverhead : 0)
    }
}
