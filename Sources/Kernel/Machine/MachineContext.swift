import BigInt
import IPLD

/// The network facts a message executes under.
public struct MachineContext: Sendable {
    public var epoch: Int64
    /// Seconds; defaults to epoch × 30 (the chain's block time) when the caller gives none.
    public var timestamp: UInt64
    public var baseFee: BigInt
    public var circulatingSupply: BigInt
    public var chainID: UInt64

    public init(epoch: Int64, timestamp: UInt64? = nil, baseFee: BigInt, circulatingSupply: BigInt, chainID: UInt64 = 0)
    {
        self.epoch = epoch
        self.timestamp = timestamp ?? UInt64(max(0, epoch)) &* 30
        self.baseFee = baseFee
        self.circulatingSupply = circulatingSupply
        self.chainID = chainID
    }
}

/// Chain or beacon randomness, as the kernel draws it.
public enum RandomnessKind: String, Sendable, Equatable {
    case chain, beacon
}

/// Where randomness comes from: the chain, or a recording the machine's builder supplies.
public protocol RandomnessSource: Sendable {
    /// The 32-byte value an actor receives for (kind, DST, round, entropy).
    func draw(kind: RandomnessKind, personalization: Int64, round: Int64, entropy: [UInt8]) throws(ExecutionError)
        -> [UInt8]
}

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
