import IPLD

/// The kernel-side hashing of a digest into randomness: BLAKE2b-256(i64be(DST) ‖ digest ‖ i64be(round) ‖ entropy).
public enum RandomnessDraw {
    public static func value(personalization: Int64, digest: [UInt8], round: Int64, entropy: [UInt8]) -> [UInt8] {
        var input: [UInt8] = []
        input.reserveCapacity(48 + entropy.count)
        func append(_ v: Int64) {
            for s in stride(from: 56, through: 0, by: -8) {
                input.append(UInt8(truncatingIfNeeded: UInt64(bitPattern: v) >> UInt64(s)))
            }
        }
        append(personalization)
        input += digest
        append(round)
        input += entropy
        return Blake2b.hash256(input)
    }
}
