import ArgumentParser
import Conformance
import Foundation

/// The end of a run or a merge: compare with the baseline, write every report asked for, print the
/// console summary and exit with the verdict. Run and merge share it so that they cannot differ.
struct ReportPublisher {
    let options: ReportOptions

    /// Publishes `report` (known failures already applied). `filter` and `shardFiles` say which
    /// baseline vectors this report answers for; `unusedEntries` whether stale known-failure entries
    /// are worth a note.
    func publish(
        _ report: RunReport, knownFailures: KnownFailureList.Application?, filter: String?,
        shardFiles: Set<String>?, unusedEntries: ConsoleSummary.UnusedEntries
    ) throws {
        let comparison = try compare(report, filter: filter, shardFiles: shardFiles)
        do {
            try writeReports(
                report: report, junit: options.junit.map(URL.init(fileURLWithPath:)),
                markdownDir: options.markdown.map(URL.init(fileURLWithPath:)),
                json: options.json.map(URL.init(fileURLWithPath:)), baseline: comparison)
            if let path = options.stepSummary {
                try StepSummaryFile.append(StepSummary.render(report, baseline: comparison), to: path)
            }
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(2)
        }
        Console.line(
            ConsoleSummary.render(
                report: report, baseline: comparison, knownFailures: knownFailures, verbosity: options.verbosity,
                unusedEntries: unusedEntries))
        let verdict = RunVerdict(report: report, baseline: comparison)
        if verdict.exitCode != 0 { throw ExitCode(verdict.exitCode) }
    }

    private func compare(_ report: RunReport, filter: String?, shardFiles: Set<String>?) throws
        -> BaselineComparison?
    {
        guard let baseline = options.baseline else { return nil }
        do {
            // A filtered or sharded run only answers for the baseline vectors it selects.
            let regex = try filter.map { try NSRegularExpression(pattern: $0) }
            return try BaselineComparison.load(
                baseline: URL(fileURLWithPath: baseline), current: report,
                inScope: { r in
                    if let shardFiles, !shardFiles.contains(r.file) { return false }
                    guard let regex else { return true }
                    return regex.firstMatch(in: r.file, range: NSRange(r.file.startIndex..., in: r.file)) != nil
                })
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
