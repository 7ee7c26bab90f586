import ArgumentParser
import Conformance
import Foundation

/// `fvm-conformance`: runs Filecoin conformance vectors against this FVM and writes reports.
struct FVMConformance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fvm-conformance",
        abstract: "Run Filecoin conformance test vectors against the Swift FVM.",
        subcommands: [Run.self, Explain.self, Profile.self],
        defaultSubcommand: Run.self)

    /// Usage errors exit 2 (the documented contract), not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            if code == .validationFailure { Foundation.exit(2) }
            Foundation.exit(code.rawValue)
        }
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run vectors (files or folders, searched for *.json).")

    @Argument(help: "Vector files or folders. Default: vectors/fvm-test-vectors/corpus if present, else ../shared/vectors/fvm-test-vectors/corpus.")
    var paths: [String] = []

    @Option(help: "Folder holding the builtin-actor bundles (v9.tar.zst, v10.tar.zst). Searched first.")
    var bundles: String?

    @Option(help: "Only run vector files whose path matches this regular expression.")
    var filter: String?

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Write a JUnit XML report to this file.")
    var junit: String?

    @Option(help: "Write Markdown reports (index.md, nvNN.md) into this folder.")
    var markdown: String?

    @Option(help: "Write a JSON report to this file.")
    var json: String?

    @Option(help: "Compare with a previous JSON report; any vector that passed there and does not pass now fails the run.")
    var baseline: String?

    @Option(name: .customLong("known-failures"), help: "Known-failure list (default: KnownFailures.txt in the current folder, if present).")
    var knownFailures: String?

    @Option(help: "Write one JSONL gas trace per vector into this folder (<vector id>.jsonl).")
    var trace: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let fm = FileManager.default
        var inputs = paths
        if inputs.isEmpty {
            let local = "vectors/fvm-test-vectors/corpus"
            inputs = [fm.fileExists(atPath: local) ? local : "../shared/vectors/fvm-test-vectors/corpus"]
        }
        let listPath = knownFailures ?? (fm.fileExists(atPath: "KnownFailures.txt") ? "KnownFailures.txt" : nil)
        var list = KnownFailureList()
        if let listPath {
            do {
                list = try KnownFailureList.load(from: URL(fileURLWithPath: listPath))
            } catch {
                throw ValidationError("\(error)")
            }
        }
        let runner = ConformanceRunner(options: RunOptions(paths: inputs, bundleDirectory: bundles, filter: filter, jobs: jobs, traceDirectory: trace))
        try Preflight.check(runner: runner, defaultInputs: paths.isEmpty)
        let interactive = isatty(STDERR_FILENO) != 0
        let report: RunReport
        do {
            report = try runner.run { done, total, results in
                guard interactive else { return }
                let last = results.last.map { "\($0.status.rawValue) \($0.id)" } ?? ""
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(last.prefix(100))".utf8))
            }
        } catch {
            throw ValidationError("\(error)")
        }
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let applied = list.apply(to: report)
        let final = applied.report
        var comparison: BaselineComparison? = nil
        if let baseline {
            do {
                // A filtered run only answers for the baseline vectors its filter selects.
                let regex = try filter.map { try NSRegularExpression(pattern: $0) }
                comparison = try BaselineComparison.load(baseline: URL(fileURLWithPath: baseline), current: final, inScope: { r in
                    guard let regex else { return true }
                    return regex.firstMatch(in: r.file, range: NSRange(r.file.startIndex..., in: r.file)) != nil
                })
            } catch {
                throw ValidationError("\(error)")
            }
        }
        do {
            try writeReports(report: final, junit: junit.map { URL(fileURLWithPath: $0) },
                             markdownDir: markdown.map { URL(fileURLWithPath: $0) },
                             json: json.map { URL(fileURLWithPath: $0) }, baseline: comparison)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        print(ConsoleSummary.render(report: final, baseline: comparison, knownFailures: applied))
        let verdict = RunVerdict(report: final, baseline: comparison)
        if verdict.exitCode != 0 { throw ExitCode(verdict.exitCode) }
    }
}

/// Inputs a run cannot do without, checked before anything executes so that a missing bundle is
/// one configuration error (exit 2) rather than a skip or regression per vector.
enum Preflight {
    static func check(runner: ConformanceRunner, defaultInputs: Bool) throws {
        if defaultInputs, let path = runner.options.paths.first, !FileManager.default.fileExists(atPath: path) {
            throw configurationError(["the official vectors are not at \(path)"],
                                     fix: "`make vectors` fetches them (pinned commit), or name vector files or folders as arguments")
        }
        let problems = runner.bundles.problems()
        guard !problems.isEmpty else { return }
        throw configurationError(problems + ["searched: \(runner.bundles.locator.searchedDescription)"],
                                 fix: "`make bundles` fetches the pinned bundles (or takes the verified copy in ../shared/bundles); "
                                     + "or pass --bundles DIR / set FVM_BUNDLES=DIR to a folder holding v9.tar.zst and v10.tar.zst")
    }

    static func configurationError(_ lines: [String], fix: String) -> Error {
        let text = (["cannot run the vectors:"] + lines.map { "  " + $0 } + ["  fix: " + fix]).joined(separator: "\n")
        FileHandle.standardError.write(Data(("error: " + text + "\n").utf8))
        return ExitCode(2)
    }
}

FVMConformance.main()
