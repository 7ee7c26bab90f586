/// A state diff as text for the console, reports and JUnit failures: one line per actor and one
/// per differing field, capped so that a failure stays readable.
public enum StateDiffText {
    public static let defaultLineLimit = 60

    public static func render(_ diff: StateTreeDiff, lineLimit: Int = defaultLineLimit) -> String {
        var lines = [
            "state diff: expected root \(StateValueText.short(diff.expectedRoot)), ours \(StateValueText.short(diff.actualRoot)); "
                + "\(diff.actors.count) actor\(diff.actors.count == 1 ? "" : "s") differ"
        ]
        for actor in diff.actors { lines += self.actor(actor) }
        if !diff.missingBlocks.isEmpty {
            lines.append(
                "blocks absent from the store (nothing below them compared): "
                    + diff.missingBlocks.prefix(5).map(StateValueText.short).joined(separator: ", ")
                    + (diff.missingBlocks.count > 5 ? " and \(diff.missingBlocks.count - 5) more" : ""))
        }
        guard lines.count > lineLimit else { return lines.joined(separator: "\n") }
        return (lines.prefix(lineLimit - 1) + ["… \(lines.count - lineLimit + 1) more lines"]).joined(separator: "\n")
    }

    static func actor(_ a: ActorChange) -> [String] {
        let name = "f0\(a.id) (\(a.kind?.shortName ?? "non-builtin"))"
        switch a.presence {
        case .onlyInOurs: return ["\(name): only in our state"]
        case .onlyExpected: return ["\(name): missing from our state"]
        case .inBoth: return ["\(name):"] + a.changes.map { "  " + line($0) }
        }
    }

    static func line(_ c: StateChange) -> String {
        switch c.kind {
        case .added: "\(c.pathText): only in ours: \(c.actual ?? "")"
        case .removed: "\(c.pathText): missing from ours, expected \(c.expected ?? "")"
        case .changed: "\(c.pathText): expected \(c.expected ?? ""), ours \(c.actual ?? "")"
        }
    }
}
