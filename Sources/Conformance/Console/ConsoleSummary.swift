/// The end-of-run text for the console: what did not pass, counts, unexpected passes, stale
/// known-failure entries, the baseline comparison and the verdict (always the last line).
public enum ConsoleSummary {
    /// Whether known-failure entries that matched nothing are worth a note: only when the run
    /// covered everything the entries could match, else every partial run would print them.
    public enum UnusedEntries: Sendable, Equatable {
        case report
        case silent
    }

    /// Lines to print after a run; `knownFailures` is the result of applying the list, when one was used.
    public static func render(
        report: RunReport, baseline: BaselineComparison?, knownFailures: KnownFailureList.Application? = nil,
        verbosity: ConsoleVerbosity = .normal, unusedEntries: UnusedEntries = .report
    ) -> String {
        let verdict = RunVerdict(report: report, baseline: baseline).summary
        guard verbosity != .quiet else { return [counts(report), verdict].joined(separator: "\n") }
        var lines = NonPassingList.render(report.results)
        for result in ReportFormat.canonical(report.results.filter(\.isUnexpectedPass)) {
            lines.append(
                "UNEXPECTED PASS \(result.networkVersionLabel) \(result.id): listed as a known failure "
                    + "(\(result.knownFailure ?? "")); remove the entry")
        }
        if unusedEntries == .report {
            for entry in knownFailures?.unusedEntries ?? [] {
                lines.append(
                    "note: known-failure entry on line \(entry.line) (\(entry.pattern)) matched no vector of this run")
            }
        }
        lines.append(counts(report))
        if !report.compare.isComplete { lines.append(report.compare.statement) }
        if let baseline { lines.append(baseline.consoleSummary()) }
        lines.append(verdict)
        return lines.joined(separator: "\n")
    }

    /// `377 variants: 376 pass, ...`, with the right grammar for one.
    static func counts(_ report: RunReport) -> String {
        let c = StatusCounts(report.results)
        return "\(c.total) variant\(c.total == 1 ? "" : "s"): \(c.pass) pass, \(c.fail) fail, \(c.skip) skip, "
            + "\(c.error) error\(c.error == 1 ? "" : "s"), \(c.expectedFailure) expected failure"
            + "\(c.expectedFailure == 1 ? "" : "s") (\(ReportFormat.fixed(report.wallTimeSeconds, digits: 1)) s)"
    }
}
