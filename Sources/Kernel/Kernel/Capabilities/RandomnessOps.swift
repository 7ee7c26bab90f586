/// Chain and beacon randomness.
public protocol RandomnessOps {
    /// The 32-byte randomness of `kind` for (DST, round, entropy).
    func randomness(_ kind: RandomnessKind, personalization: Int64, round: Int64, entropy: [UInt8])
        throws(ExecutionError) -> [UInt8]
}
