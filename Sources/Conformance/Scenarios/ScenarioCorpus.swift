import Foundation
import Kernel

/// Records every scenario on every supported network version into `vectors/scenarios/nvNN/…`,
/// with a `summary.txt` per version (receipts and root per vector) for reviews.
public struct ScenarioCorpus {
    public let recorder: ScenarioRecorder
    public let output: URL

    public init(recorder: ScenarioRecorder, output: URL) {
        self.recorder = recorder
        self.output = output
    }

    /// What was recorded for one version.
    public struct VersionCount: Sendable {
        public let networkVersion: UInt32
        public let scenarios: Int
        public let vectors: Int
    }

    /// Records `scenarios` on each profile (replacing the version's folder) and returns the counts.
    public func record(
        profiles: [NetworkProfile] = NetworkProfile.all, scenarios: [Scenario] = ScenarioCatalog.all
    ) throws(ScenarioError) -> [VersionCount] {
        var counts: [VersionCount] = []
        for profile in profiles {
            let genesis = try recorder.genesis(profile)
            let runnable = scenarios.filter { $0.runs(on: genesis) }
            var vectors: [ScenarioVector] = []
            for scenario in runnable { vectors += try recorder.record(scenario, on: genesis) }
            try write(vectors, version: profile.networkVersion.rawValue)
            counts.append(
                VersionCount(
                    networkVersion: profile.networkVersion.rawValue, scenarios: runnable.count, vectors: vectors.count))
        }
        return counts
    }

    private func write(_ vectors: [ScenarioVector], version: UInt32) throws(ScenarioError) {
        let folder = output.appendingPathComponent("nv\(version)")
        do {
            try? FileManager.default.removeItem(at: folder)
            for v in vectors {
                let url = output.appendingPathComponent(v.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(v.text.utf8).write(to: url)
            }
            let summary = vectors.map(\.summaryLine).sorted().joined(separator: "\n") + "\n"
            try Data(summary.utf8).write(to: folder.appendingPathComponent("summary.txt"))
        } catch {
            throw .unwritable(path: folder.path, cause: "\(error)")
        }
    }
}
