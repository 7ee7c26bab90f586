import FVMShared
import Foundation
import IPLD

/// Turns an executed vector into a copy whose expectations are what this VM produced: receipts and
/// post-state root replaced, the post-state blocks the CAR lacked added to it, and a `_meta.gen`
/// entry naming the producer. Applied to its own output it changes nothing.
struct VectorRecorder {
    /// The `_meta.gen` entry of every recorded copy (no date or host: a re-record must be identical).
    static let provenance: JSONValue = .object([
        ("source", .string("fvm-conformance record")),
        ("version", .string("swift-fvm: receipts and post-state root re-executed")),
    ])

    /// The summary entry and, when recorded, the copy's JSON text.
    func record(_ run: VectorRun, file: VectorFile) -> (RecordedVector, text: String?) {
        let id = run.results.first?.id ?? file.displayPath
        func skipped(_ reason: String) -> (RecordedVector, text: String?) {
            (RecordedVector(file: file.displayPath, id: id, status: .notRecorded(reason)), nil)
        }
        guard let json = run.json, let vector = run.vector else {
            return skipped(run.results.first?.reason ?? "not a runnable vector")
        }
        let executed: (receipts: [Receipt], root: CID, outcome: ExecutionOutcome)
        switch Self.agreedOutcome(run) {
        case .failure(let why): return skipped(why.reason)
        case .success(let agreed): executed = agreed
        }
        do {
            let car = try Self.car(of: vector, root: executed.root, outcome: executed.outcome)
            let copy = Self.rewrite(json, vector: vector, receipts: executed.receipts, root: executed.root, car: car)
            let changes = ExpectationChanges.describe(vector, receipts: executed.receipts, root: executed.root)
            let status: RecordedVector.Status = changes.isEmpty ? .unchanged : .changed(changes)
            return (RecordedVector(file: file.displayPath, id: id, status: status), JSONWriter.render(copy))
        } catch {
            return skipped("cannot rebuild the CAR: \(error)")
        }
    }

    struct Disagreement: Error { let reason: String }

    /// The receipts and root every variant produced, or why there are none to record.
    private static func agreedOutcome(_ run: VectorRun) -> Result<([Receipt], CID, ExecutionOutcome), Disagreement> {
        var agreed: ([Receipt], CID, ExecutionOutcome)?
        for variant in run.variants {
            let name = variant.result.variant ?? "?"
            guard let outcome = variant.outcome else {
                return .failure(Disagreement(reason: "variant \(name) did not execute: \(variant.result.reason ?? "")"))
            }
            if let interruption = outcome.interruption {
                return .failure(Disagreement(reason: "variant \(name): \(interruption.reason)"))
            }
            guard let root = outcome.root else { return .failure(Disagreement(reason: "variant \(name): no root")) }
            let receipts = outcome.receipts.map(\.receipt)
            if let first = agreed, first.0 != receipts || first.1 != root {
                return .failure(Disagreement(reason: "variants disagree on receipts or root; nothing to record"))
            }
            agreed = agreed ?? (receipts, root, outcome)
        }
        guard let agreed else { return .failure(Disagreement(reason: "no variant")) }
        return .success(agreed)
    }
}
