import FVMShared
import Foundation
import IPLD

extension VectorRecorder {
    /// The vector's JSON with new receipts, post-state root, CAR (base64 of gzip) and provenance.
    static func rewrite(_ json: JSONValue, vector: TestVector, receipts: [Receipt], root: CID, car: String?)
        -> JSONValue
    {
        var copy = json.updating("postconditions") { post in
            let old = post ?? .object([])
            let tree = (old["state_tree"] ?? .object([])).setting("root_cid", to: .object([("/", .string("\(root)"))]))
            let oldReceipts = old["receipts"]?.arrayValue ?? []
            var newReceipts = oldReceipts
            for (i, receipt) in receipts.enumerated() {
                let base = i < oldReceipts.count ? oldReceipts[i] : .object([])
                let updated = base.setting("exit_code", to: .number(String(receipt.exitCode.rawValue)))
                    .setting("return", to: .string(Data(receipt.returnData).base64EncodedString()))
                    .setting("gas_used", to: .number(String(receipt.gasUsed)))
                if i < newReceipts.count { newReceipts[i] = updated } else { newReceipts.append(updated) }
            }
            return old.setting("state_tree", to: tree).setting("receipts", to: .array(newReceipts))
        }
        if let car { copy = copy.setting("car", to: .string(car)) }
        return copy.updating("_meta") { meta in
            let base = meta ?? .object([("id", .string(vector.meta?.id ?? ""))])
            var gen = base["gen"]?.arrayValue ?? []
            if !gen.contains(provenance) { gen.append(provenance) }
            return base.setting("gen", to: .array(gen))
        }
    }

    /// The new CAR, nil when the vector's already holds the post-state and names its root: the
    /// original roots with the old post-state root replaced, then the original blocks, then the
    /// blocks of the new post-state it lacked (by CID text, for a stable order).
    static func car(of vector: TestVector, root: CID, outcome: ExecutionOutcome) throws -> String? {
        let original = try CARFile(bytes: try Gzip.decompress(vector.car))
        let present = Set(original.blocks.map(\.cid))
        let added = try ReachableBlocks.collect(from: root, in: outcome.local) { present.contains($0) }
        var roots = original.roots.map { $0 == vector.postconditions.stateRoot ? root : $0 }
        if !roots.contains(root) { roots.append(root) }
        guard !added.isEmpty || roots != original.roots else { return nil }
        let bytes = CARWriter.encode(roots: roots, blocks: original.blocks + added)
        return Data(try Gzip.compress(bytes)).base64EncodedString()
    }
}
