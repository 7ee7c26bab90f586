import BigInt

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
