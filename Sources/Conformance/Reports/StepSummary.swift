/// One Markdown document for a CI job summary (GitHub's `$GITHUB_STEP_SUMMARY`, 1 MiB at most):
/// the index in full view, each network version's page collapsed under `<details>`, everything
/// within `byteLimit` (long tables are cut with a count, as in the per-file report).
public enum StepSummary {
    /// GitHub refuses a step summary above 1 MiB; this leaves room for anything else the job appends.
    public static let defaultByteLimit = 1_000_000

    public static func render(_ report: RunReport, baseline: BaselineComparison?, byteLimit: Int = defaultByteLimit)
        -> String
    {
        let groups = ReportFormat.byNetworkVersion(report.results)
        // Half for the index (regressions can be long), the rest shared by the pages; 512 bytes of
        // each share pay for the <details> wrapper.
        let pageLimit = max(4096, byteLimit / 2 / max(1, groups.count) - 512)
        let files = MarkdownReport.render(report, baseline: baseline, byteLimit: byteLimit / 2)
        var text = files[0].text.replacingOccurrences(of: "](nv", with: "](#nv")
        for file in MarkdownReport.render(report, baseline: baseline, byteLimit: pageLimit).dropFirst() {
            let label = String(file.name.dropLast(3))
            let group = groups.first { ReportFormat.networkVersionLabel($0.nv) == label }
            let counts = StatusCounts(group?.results ?? [])
            let page = file.text.replacingOccurrences(of: "[Back to the index](index.md)\n\n", with: "")
            text += "\n<details><summary>\(label): \(counts.pass) of \(counts.total) passed</summary>\n\n"
            text += page + "\n</details>\n"
        }
        return text
    }
}
