extension InvocationKernel: RandomnessOps {
    public func randomness(_ kind: RandomnessKind, personalization: Int64, round: Int64, entropy: [UInt8])
        throws(ExecutionError) -> [UInt8]
    {
        try charge(prices.onGetRandomness(entropyLength: entropy.count))
        return try machine.randomness.draw(kind: kind, personalization: personalization, round: round, entropy: entropy)
    }
}
