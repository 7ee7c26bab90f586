import IPLD
import Kernel

/// The chain as ref-fvm's conformance runner presents it to test vectors: every proof is
/// accepted, no pair of headers proves a fault, every seal of a batch is valid and the batch is
/// not charged (that runner replaces the whole kernel call), and there are no tipset CIDs
/// (vectors record none, so a request ends the message as a fatal error, as it does there).
final class ConformanceExterns: Externs {
    func verifyProof(_ kind: ProofKind, encoded: [UInt8]) throws(ExternError) -> Bool { true }

    func batchVerifySeals(_ seals: [IPLDValue]) throws(ExternError) -> [Bool] {
        Array(repeating: true, count: seals.count)
    }

    var batchSealCharge: BatchSealCharge { .uncharged }

    func verifyConsensusFault(header1: [UInt8], header2: [UInt8], extra: [UInt8]) throws(ExternError)
        -> ConsensusFault?
    {
        nil
    }

    func tipsetCID(epoch: Int64) throws(ExternError) -> CID { throw .unsupported(.tipsetCID) }
}
