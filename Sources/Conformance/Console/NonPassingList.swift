/// The end-of-run list of every variant that did not pass: one line each (status, network version,
/// vector id, variant, reason), failures and errors followed by the first lines of their detail.
public enum NonPassingList {
    /// Detail lines shown under one failure; the rest is counted, and the reports have it all.
    public static let defaultDetailLines = 8

    /// The lines, most actionable first (errors, failures, expected failures, skips), each group in
    /// report order; empty when everything passed.
    public static func render(_ results: [VectorResult], detailLines: Int = defaultDetailLines) -> [String] {
        let order: [VectorStatus] = [.error, .fail, .expectedFailure, .skip]
        let canonical = ReportFormat.canonical(results)
        var lines: [String] = []
        for status in order {
            for result in canonical where result.status == status {
                lines.append(VariantLine.render(result, timed: false))
                if status == .error || status == .fail {
                    lines += detail(result.detail, limit: detailLines)
                }
            }
        }
        return lines
    }

    /// The first `limit` lines of `text`, indented, and a count of the lines left out.
    static func detail(_ text: String?, limit: Int) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lines = all.prefix(limit).map { "      " + $0 }
        if all.count > limit {
            let cut = all.count - limit
            lines.append(
                "      … \(cut) more line\(cut == 1 ? "" : "s") (the --json and --junit reports have them all)")
        }
        return lines
    }
}
