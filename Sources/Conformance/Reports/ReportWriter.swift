import Foundation

/// Writes every requested report of a run: the CLI's single entry point after the run.
///
/// Apply the known-failure list first (`KnownFailureList.apply(to:)`), then compare with the
/// baseline (`BaselineComparison`), then call this; `RunVerdict` gives the exit code.
/// Each destination is optional; all are written even if one fails, and the first error is thrown.
public func writeReports(
    report: RunReport, junit: URL?, markdownDir: URL?, json: URL?,
    baseline: BaselineComparison?
) throws(ReportError) {
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
