import ArgumentParser
import Conformance
import Foundation

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join the JSON reports of every --shard K/N run into the reports of the whole run.",
        discussion: """
            Writes exactly what one run over all shards would write (same ordering, counts, regressions \
            and exit code; only times differ). Missing or repeated shards or vector files are an error (exit 2).
            """)

    @Argument(help: "The JSON reports (--json) of the shard runs, one per shard.")
    var shards: [String]

    @OptionGroup var reports: ReportOptions

    func validate() throws {
        guard !shards.isEmpty else { throw ValidationError("give the JSON report of every shard") }
    }

    func run() throws {
        var inputs: [ShardMerge.Input] = []
        let merged: RunReport
        do {
            for path in shards {
                inputs.append(.init(source: path, report: try JSONReport.read(from: URL(fileURLWithPath: path))))
            }
            merged = try ShardMerge.merge(inputs)
        } catch {
            throw ValidationError("\(error)")
        }
        // Each shard applied the known-failure list already; stale entries were a whole run's news.
        try ReportPublisher(options: reports).publish(
            merged, knownFailures: nil, filter: ShardMerge.filter(of: inputs), shardFiles: nil, unusedEntries: .silent)
    }
}
