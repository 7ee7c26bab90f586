/// The end-of-record text: every vector whose expectations changed (and how) or that was not
/// recorded, then the counts.
public enum RecordSummary {
    public static func render(_ recorded: [RecordedVector], output: String) -> String {
        var unchanged = 0
        var changed = 0
        var skipped = 0
        var lines: [String] = []
        for entry in recorded {
            switch entry.status {
            case .unchanged: unchanged += 1
            case .changed:
                changed += 1
                lines.append(entry.summary)
            case .notRecorded:
                skipped += 1
                lines.append(entry.summary)
            }
        }
        lines.append(
            "recorded \(unchanged + changed) of \(recorded.count) vector files into \(output): "
                + "\(changed) with changed expectations, \(unchanged) unchanged, \(skipped) not recorded")
        return lines.joined(separator: "\n")
    }
}
