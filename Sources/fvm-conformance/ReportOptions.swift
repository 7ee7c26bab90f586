import ArgumentParser
import Conformance
import Foundation

/// Where a run's (or a merge's) reports go, and the baseline they are judged against.
struct ReportOptions: ParsableArguments {
    @Option(help: "Write a JUnit XML report to this file.")
    var junit: String?

    @Option(help: "Write Markdown reports (index.md, nvNN.md) into this folder.")
    var markdown: String?

    @Option(help: "Write a JSON report to this file.")
    var json: String?

    @Option(
        name: .customLong("step-summary"),
        help:
            "Append a one-file Markdown summary (pages collapsed, under 1 MiB) to this file, e.g. $GITHUB_STEP_SUMMARY."
    )
    var stepSummary: String?

    @Option(
        help: "Compare with a previous JSON report; any vector that passed there and does not pass now fails the run.")
    var baseline: String?

    @Flag(help: "Verbosity of the console output.")
    var verbosity: ConsoleVerbosity = .normal
}
