import Foundation

/// Writes every requested report of a run: the CLI's single entry point after the run.
///
/// Apply the known-failure list first (`KnownFailureList.apply(to:)`), then compare with the
/// baseline (`BaselineComparison`), then call this; `RunVerdict` gives the exit code.
/// Each destination is optional; all are written even if one fails, and the first error is thrown.
public func writeReports(report: RunReport, junit: URL?, markdownDir: URL?, json: URL?,
                         baseline: BaselineComparison?) throws(ReportError) {
    var firstError: ReportError?
    func attempt(_ body: () throws(ReportError) -> Void) {
        do { try body() } catch { if firstError == nil { firstError = error } }
    }
    if let json { attempt { () throws(ReportError) in try JSONReport.write(report, to: json) } }
    if let junit { attempt { () throws(ReportError) in try JUnitReport.write(report, to: junit) } }
    if let markdownDir {
        attempt { () throws(ReportError) in try MarkdownReport.write(report, baseline: baseline, to: markdownDir) }
    }
    if let firstError { throw firstError }
}

/// The end-of-run text for the console: counts, unexpected passes, stale entries, baseline, verdict.
public enum ConsoleSummary {
    /// Lines to print after a run; `knownFailures` is the result of applying the list, when one was used.
    public static func render(report: RunReport, baseline: BaselineComparison?,
                              knownFailures: KnownFailureList.Application? = nil) -> String {
        let c = StatusCounts(report.results)
        var lines = ["\(c.total) variants: \(c.pass) pass, \(c.fail) fail, \(c.skip) skip, \(c.error) error, "
            + "\(c.expectedFailure) expected failure (\(ReportFormat.fixed(report.wallTimeSeconds, digits: 1)) s)"]
        let unexpected = ReportFormat.canonical(report.results.filter(\.isUnexpectedPass))
        for result in unexpected {
            lines.append("UNEXPECTED PASS \(result.networkVersionLabel) \(result.id): listed as a known failure "
                + "(\(result.knownFailure ?? "")); remove the entry")
        }
        for entry in knownFailures?.unusedEntries ?? [] {
            lines.append("note: known-failure entry on line \(entry.line) (\(entry.pattern)) matched no vector of this run")
        }
        if let baseline { lines.append(baseline.consoleSummary()) }
        lines.append(RunVerdict(report: report, baseline: baseline).summary)
        return lines.joined(separator: "\n")
    }
}
