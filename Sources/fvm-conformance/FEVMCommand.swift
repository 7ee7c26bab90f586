import ArgumentParser
import Conformance
import Foundation

/// `fevm [PATH ...]`: the Ethereum VM tests as an external oracle for the FEVM (actors v10).
struct FEVM: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Ethereum VM tests (filled blockchain tests) on the FEVM and compare contract storage.")

    @Argument(help: "Test files or folders (default: ../shared/ethereum-tests/VMTests).")
    var paths: [String] = []

    @Option(help: "Folder holding the builtin-actor bundles (v10.tar.zst). Searched first.")
    var bundles: String?

    @Option(help: "Official vector corpus whose first usable nv18 vector seeds the base state.")
    var corpus: String?

    @Option(help: "Write the Markdown report here.")
    var markdown: String?

    @Option(help: "Only files whose path (relative to the folder given) matches.")
    var filter: String?

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print every non-passing case.")
    var verbose = false

    func run() throws {
        let corpusPath = corpus ?? DefaultPaths.officialCorpus
        let base: FEVMBaseState
        do {
            base = try FEVMBaseState.load(corpus: corpusPath, bundlesDirectory: bundles)
        } catch {
            Console.error("fevm: \(error)")
            throw ExitCode(2)
        }
        let regex = try filter.map { try NSRegularExpression(pattern: $0) }
        let inputs = paths.isEmpty ? [DefaultPaths.ethereumVMTests] : paths
        let results = try EthereumTestSuite.run(
            paths: inputs, oracle: EthereumTestOracle(base: base), jobs: jobs, filter: regex)
        let report = EthereumTestReport(results: results, baseVector: base.sourceVector)
        if let markdown {
            try report.markdown.write(toFile: markdown, atomically: true, encoding: .utf8)
        }
        for r in results where r.status == .fail || r.status == .error || (verbose && r.status == .skip) {
            print("\(r.status.rawValue.uppercased()) \(r.file) \(r.name): \(r.reason)")
        }
        print("\(report.count(.error)) errors")
        print(report.summaryLine)
        if report.count(.fail) + report.count(.error) > 0 { throw ExitCode(1) }
    }
}
