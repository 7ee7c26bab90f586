import FVMShared
import Foundation
import IPLD

/// Judges an execution against the vector's expectations, comparing only what the mode asks for.
///
/// Receipts are compared message by message (exit code, return data, gas used), then the post-state
/// root; the first difference is the reason, as ref-fvm's runner reports it.
struct ExpectationCheck {
    let vector: TestVector
    let prepared: PreparedVariant
    let compare: CompareMode

    enum Verdict {
        case pass
        case fail(reason: String, detail: String)
    }

    func judge(_ outcome: ExecutionOutcome) -> Verdict {
        for (i, applied) in outcome.receipts.enumerated() {
            if let failure = receiptDifference(i, applied.receipt, info: applied.failureInfo) { return failure }
        }
        if let interruption = outcome.interruption {
            return .fail(reason: interruption.reason, detail: interruption.detail)
        }
        guard compare.compares(.state), let root = outcome.root, root != vector.postconditions.stateRoot else {
            return .pass
        }
        let expected = vector.postconditions.stateRoot
        return .fail(
            reason: "wrong post root cid; expected \(expected), got \(root)",
            detail: stateDiff(actual: root, store: outcome.store))
    }

    /// Every actor and field where our post-state differs from the expected one.
    func stateDiff(actual: CID, store: Blockstore) -> String {
        guard let version = ActorsVersion(profile: prepared.profile) else {
            return "no state schemas for \(prepared.profile.name)"
        }
        let diff = StateTreeDiff.compare(
            expected: vector.postconditions.stateRoot, actual: actual, store: store, manifest: prepared.manifest,
            version: version)
        return StateDiffText.render(diff)
    }

    private func receiptDifference(_ i: Int, _ actual: Receipt, info: String) -> Verdict? {
        let expected = vector.postconditions.receipts[i]
        if compare.compares(.exit), Int64(actual.exitCode.rawValue) != expected.exitCode {
            return .fail(
                reason: "exit code of msg \(i) did not match; expected \(expected.exitCode), got \(actual.exitCode)",
                detail: "expected exit code \(expected.exitCode), got \(actual.exitCode)\nerror: \(info)\n"
                    + "gas used: expected \(expected.gasUsed), got \(actual.gasUsed)")
        }
        if compare.compares(.return), actual.returnData != expected.returnData {
            return .fail(
                reason: "return data of msg \(i) did not match",
                detail:
                    "expected return \(Self.hex(expected.returnData))\ngot return      \(Self.hex(actual.returnData))")
        }
        if compare.compares(.gas), actual.gasUsed != expected.gasUsed {
            let diff = Int64(actual.gasUsed) - Int64(expected.gasUsed)
            return .fail(
                reason: "gas used of msg \(i) did not match; expected \(expected.gasUsed), got \(actual.gasUsed) "
                    + "(\(diff > 0 ? "+" : "")\(diff))",
                detail: "expected gas_used \(expected.gasUsed), got \(actual.gasUsed)\n"
                    + "exit code \(actual.exitCode) (\(info))")
        }
        return nil
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.isEmpty ? "(empty)" : bytes.map { String(format: "%02x", $0) }.joined()
    }
}
