import Kernel

/// Randomness replayed from a vector's recording, in either of its encodings.
struct ReplayRandomness: RandomnessSource {
    let rules: [RandomnessRule]
    /// What the reference runners return when a draw was not recorded.
    static let fallbackDigest = Array("i_am_random_____i_am_random_____".utf8)

    func draw(kind wanted: RandomnessKind, personalization: Int64, round: Int64, entropy: [UInt8])
        throws(ExecutionError) -> [UInt8]
    {
        var digest: [UInt8]? = nil
        for rule in rules {
            switch rule {
            case .value(let k, let dst, let epoch, let e, let value)
            where k == wanted && dst == personalization && epoch == round && e == entropy:
                return value
            case .digest(let k, let epoch, let d) where digest == nil && k == wanted && epoch == round:
                digest = d
            default:
                continue
            }
        }
        return RandomnessDraw.value(
            personalization: personalization, digest: digest ?? Self.fallbackDigest, round: round, entropy: entropy)
    }
}
