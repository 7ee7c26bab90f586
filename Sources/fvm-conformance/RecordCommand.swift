import ArgumentParser
import Conformance
import Foundation

struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-execute vectors and write copies whose expectations (receipts, post-state root) are ours.",
        discussion: """
            Each copy keeps the vector's path below --out; the post-state blocks its CAR lacked are added, and \
            _meta.gen names the producer. The summary lists every vector whose expectations changed and how. \
            Recording a recorded copy again changes nothing.
            """)

    @Argument(help: "Vector files or folders (searched for *.json).")
    var paths: [String]

    @Option(help: "Folder to write the copies into (created if needed).")
    var out: String

    @OptionGroup var bundles: BundleOptions

    @OptionGroup var selection: SelectionOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name the vector files or folders to record") }
    }

    func run() throws {
        let runner = ConformanceRunner(
            options: RunOptions(
                paths: paths, bundleDirectory: bundles.bundles, filter: selection.filter, jobs: selection.jobs))
        try Preflight.check(runner: runner, defaultInputs: false)
        let recorded: [RecordedVector]
        do {
            recorded = try runner.record(into: URL(fileURLWithPath: out))
        } catch {
            throw ValidationError("\(error)")
        }
        Console.line(RecordSummary.render(recorded, output: out))
        if recorded.contains(where: { if case .notRecorded = $0.status { true } else { false } }) {
            throw ExitCode(1)
        }
    }
}
