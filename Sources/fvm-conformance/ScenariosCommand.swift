import ArgumentParser
import Conformance
import Foundation

/// `scenarios`: records the scenario corpus (every scenario on every supported network version).
struct Scenarios: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record the scenario corpus: each scenario over a genesis of every network version, as vectors.")

    @OptionGroup var bundleOptions: BundleOptions

    @Option(help: "Corpus folder (default: vectors/scenarios). Each version's folder is replaced.")
    var output: String = DefaultPaths.scenarioCorpus

    func run() throws {
        let recorder = ScenarioRecorder(bundlesDirectory: bundleOptions.bundles)
        let clock = ContinuousClock()
        let start = clock.now
        let counts: [ScenarioCorpus.VersionCount]
        do {
            counts = try ScenarioCorpus(recorder: recorder, output: URL(fileURLWithPath: output)).record()
        } catch {
            Console.error("scenarios: \(error)")
            throw ExitCode(1)
        }
        for c in counts {
            print("nv\(c.networkVersion): recorded \(c.scenarios) scenarios as \(c.vectors) vectors")
        }
        print("scenario corpus written to \(output) in \(clock.now - start)")
    }
}
