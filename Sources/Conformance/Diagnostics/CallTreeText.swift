import FVMShared
import Kernel

/// The text `explain` prints: each message decoded, its receipt against the vector's, and its call tree.
public enum CallTreeText {
    public static func render(_ diagnosis: VectorDiagnosis, messageIndex: Int? = nil) -> String {
        var lines = [
            "vector \(diagnosis.vectorID), variant \(diagnosis.variant.id) (nv\(diagnosis.variant.nv), actors \(diagnosis.version))"
        ]
        for m in diagnosis.messages where messageIndex == nil || messageIndex == m.index {
            lines += message(m, version: diagnosis.version)
        }
        if messageIndex == nil {
            let root: String
            switch diagnosis.postState {
            case .success(let cid): root = "\(cid)"
            case .failure(let error): root = "(flush failed: \(error))"
            }
            let verdict =
                diagnosis.postRoot == diagnosis.expectedRoot
                ? "matches" : "DIFFERS from expected \(diagnosis.expectedRoot)"
            lines.append("post-state root \(root): \(verdict)")
            if let diff = diagnosis.stateDiff { lines.append(StateDiffText.render(diff)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func message(_ m: DiagnosedMessage, version: ActorsVersion) -> [String] {
        let msg = m.message
        let kind = m.calls.first?.actor
        var lines = [
            "",
            "message \(m.index): \(msg.from) -> \(msg.to) \(MethodNames.label(of: msg.method, on: kind, version: version)), "
                + "value \(FILAmount.format(msg.value)), nonce \(msg.sequence), gas limit \(msg.gasLimit)",
            "  params: \(CBORDiagnostic.render(msg.params))",
            "  receipt: exit \(m.receipt.exitCode) (expected \(m.expected.exitCode)), gas used \(m.receipt.gasUsed) "
                + "(expected \(m.expected.gasUsed))" + (m.receiptMatches ? " ok" : " MISMATCH"),
        ]
        if let why = m.failureInfo { lines.append("  failure: \(why)") }
        lines.append("  calls (gas: whole call / own charges):")
        for call in m.calls {
            for (depth, node) in call.flattened() {
                lines.append(String(repeating: "  ", count: depth + 2) + line(node, version: version))
            }
        }
        return lines
    }

    /// `f0100 -> f0101 multisig::Propose(2) value 0 FIL exit 0 gas 123.000 / 45.000`.
    public static func line(_ node: CallNode, version: ActorsVersion) -> String {
        let actor = node.actor?.shortName ?? "non-builtin"
        let method = MethodNames.label(of: node.method, on: node.actor, version: version)
        return "f0\(node.from) -> f0\(node.to) \(actor)::\(method) value \(FILAmount.format(node.value)) "
            + "\(outcome(node.outcome)) gas \(node.gas) / \(node.ownGas)"
    }

    static func outcome(_ o: CallOutcome) -> String {
        switch o {
        case .unfinished: "unfinished"
        case .exited(let code): "exit \(code)"
        case .aborted(let why): "aborted (\(why))"
        }
    }
}
