/// Where randomness comes from: the chain, or a recording the machine's builder supplies.
public protocol RandomnessSource: Sendable {
    /// The 32-byte value an actor receives for (kind, DST, round, entropy).
    func draw(kind: RandomnessKind, personalization: Int64, round: Int64, entropy: [UInt8]) throws(ExecutionError)
        -> [UInt8]
}
