import FVMCrypto
import FVMShared
import IPLD

/// Signatures, hashes, sector commitments, and the proofs the externs decide.
public protocol CryptoOps {
    /// Verifies a signature by `signer` over `plaintext`: true valid, false invalid.
    func verifySignature(type: UInt32, signature: [UInt8], signer: Address, plaintext: [UInt8])
        throws(ExecutionError) -> Bool
    /// Recovers the uncompressed secp256k1 key that signed `hash`.
    func recoverSecpPublicKey(hash: [UInt8], signature: [UInt8]) throws(ExecutionError) -> [UInt8]
    /// Hashes `data` with the multihash function `code`.
    func hash(code: UInt64, data: [UInt8]) throws(ExecutionError) -> [UInt8]
    /// CommD of a sector made of `pieces`.
    func computeUnsealedSectorCID(proofType: Int64, pieces: [PieceInfo]) throws(ExecutionError) -> CID
    /// Window PoSt verification of the encoded `WindowPoStVerifyInfo`.
    func verifyPoSt(firstProofType: Int64?, challengedSectors: Int, encoded: [UInt8]) throws(ExecutionError) -> Bool
    /// Aggregate seal verification of the encoded `AggregateSealVerifyProofAndInfos`.
    func verifyAggregateSeals(sealProof: Int64, count: Int, encoded: [UInt8]) throws(ExecutionError) -> Bool
    /// Replica update verification of the encoded `ReplicaUpdateInfo`.
    func verifyReplicaUpdate(encoded: [UInt8]) throws(ExecutionError) -> Bool
    /// The consensus fault two block headers prove, nil when none.
    func verifyConsensusFault(header1: [UInt8], header2: [UInt8], extra: [UInt8]) throws(ExecutionError)
        -> ConsensusFault?
    /// One verdict per seal of the batch.
    func batchVerifySeals(_ seals: [IPLDValue]) throws(ExecutionError) -> [Bool]
}
