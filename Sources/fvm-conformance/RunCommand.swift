import ArgumentParser
import Conformance
import Foundation

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run vectors (files or folders, searched for *.json).")

    @Argument(
        help:
            "Vector files or folders. Default: the official corpus (vectors/fvm-test-vectors/corpus if present, else ../shared/vectors/fvm-test-vectors/corpus) and the scenario corpus vectors/scenarios when present."
    )
    var paths: [String] = []

    @OptionGroup var bundles: BundleOptions

    @OptionGroup var selection: SelectionOptions

    @OptionGroup var reports: ReportOptions

    @Option(
        name: .customLong("known-failures"),
        help: "Known-failure list (default: KnownFailures.txt in the current folder, if present).")
    var knownFailures: String?

    @Flag(
        name: .customLong("strict-known-failures"),
        help: "Report known-failure entries that match nothing even when the run covers only part of the corpus.")
    var strictKnownFailures = false

    @Option(help: "Write one JSONL gas trace per vector into this folder (<vector id>.jsonl).")
    var trace: String?

    @Option(
        help: ArgumentHelp(
            "Run shard K of N (1-based): a deterministic part of the files, balanced by the durations in --baseline (or --durations) when given, else by count.",
            valueName: "K/N"))
    var shard: String?

    @Option(
        help:
            "A previous JSON report whose durations balance --shard and start the longest files first (default: the --baseline report)."
    )
    var durations: String?

    @Option(
        help: ArgumentHelp(
            "What a vector must match to pass: a comma-separated subset of exit,return,gas,state (root = state).",
            valueName: "fields"))
    var compare: String = "exit,return,gas,state"

    @Option(
        help: ArgumentHelp(
            "How actor code runs: native (machine code; x86-64 Linux) or interpreter. Results are identical.",
            valueName: "native|interpreter"))
    var engine: String?

    func validate() throws {
        guard engine == nil || engine == "native" || engine == "interpreter" else {
            throw ValidationError("--engine is native or interpreter")
        }
        do {
            _ = try CompareMode(parsing: compare)
            _ = try shard.map { text throws(ShardError) in try ShardSpec(parsing: text) }
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let list = try loadKnownFailures()
        let runner = ConformanceRunner(options: try runOptions())
        try Preflight.check(runner: runner, defaultInputs: paths.isEmpty)
        let report: RunReport
        do {
            report = try runner.run(progress: progressReporter(list))
        } catch {
            throw ValidationError("\(error)")
        }
        if isatty(STDERR_FILENO) != 0 && reports.verbosity != .verbose { Console.progress("\r\u{1B}[K") }
        let applied = list.apply(to: report)
        // Stale entries are news only when the run covers everything an entry could match.
        let wholeScope = paths.isEmpty && selection.filter == nil && shard == nil
        try ReportPublisher(options: reports).publish(
            applied.report, knownFailures: applied, filter: selection.filter,
            shardFiles: applied.report.shard.map { Set($0.files) },
            unusedEntries: wholeScope || strictKnownFailures ? .report : .silent)
    }

    private func runOptions() throws -> RunOptions {
        var inputs = paths
        if inputs.isEmpty { inputs = DefaultPaths.runInputs }
        let spec = try shard.map { text throws(ShardError) in try ShardSpec(parsing: text) }
        var expectedDurations: [String: Double] = [:]
        if let source = durations ?? reports.baseline {
            do {
                expectedDurations = ShardPlan.durations(from: try JSONReport.read(from: URL(fileURLWithPath: source)))
            } catch {
                throw ValidationError("\(error)")
            }
        }
        var options = RunOptions(
            paths: inputs, bundleDirectory: bundles.bundles, filter: selection.filter, jobs: selection.jobs,
            traceDirectory: trace,
            compare: try CompareMode(parsing: compare), shard: spec, expectedDurations: expectedDurations)
        if let engine { options.engine = engine == "interpreter" ? .interpreter : .native }
        return options
    }

    private func loadKnownFailures() throws -> KnownFailureList {
        let fm = FileManager.default
        let defaultPath = KnownFailureList.defaultPath
        guard let path = knownFailures ?? (fm.fileExists(atPath: defaultPath) ? defaultPath : nil) else {
            return KnownFailureList()
        }
        do {
            return try KnownFailureList.load(from: URL(fileURLWithPath: path))
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// A line per variant with `--verbose`; else, on a terminal, one progress line rewritten in place.
    private func progressReporter(_ list: KnownFailureList) -> @Sendable (Int, Int, [VectorResult]) -> Void {
        let verbose = reports.verbosity == .verbose
        let interactive = isatty(STDERR_FILENO) != 0
        return { done, total, results in
            if verbose {
                for result in list.apply(to: RunReport(results: results, wallTimeSeconds: 0)).report.results {
                    Console.line(VariantLine.render(result, timed: true))
                }
            } else if interactive {
                let last = results.last.map { "\($0.status.rawValue) \($0.id)" } ?? ""
                Console.progress("\r\u{1B}[K[\(done)/\(total)] \(last.prefix(100))")
            }
        }
    }
}
