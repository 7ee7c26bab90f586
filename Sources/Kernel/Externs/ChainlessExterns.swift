import IPLD

/// The externs of a VM that runs without a chain and without the proof system: it has no tipsets
/// to look up, no block headers to check faults against, and no SNARK verifier or parameters, so
/// every request is answered with an explicit `unsupported` rather than a guess.
public final class ChainlessExterns: Externs {
    public init() {}

    public func verifyProof(_ kind: ProofKind, encoded: [UInt8]) throws(ExternError) -> Bool {
        throw .unsupported(.proof(kind))
    }

    public func batchVerifySeals(_ seals: [IPLDValue]) throws(ExternError) -> [Bool] {
        throw .unsupported(.batchSeals)
    }

    public var batchSealCharge: BatchSealCharge { .perSeal }

    public func verifyConsensusFault(header1: [UInt8], header2: [UInt8], extra: [UInt8]) throws(ExternError)
        -> ConsensusFault?
    {
        throw .unsupported(.consensusFault)
    }

    public func tipsetCID(epoch: Int64) throws(ExternError) -> CID {
        throw .unsupported(.tipsetCID)
    }
}
