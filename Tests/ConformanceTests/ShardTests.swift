import Foundation
import TestSupport
import Testing

@testable import Conformance

/// Shards split a run deterministically and in balance; merging every shard gives exactly the
/// reports of the single run (only times differ), and a merge with a shard missing or repeated fails.
@Suite struct ShardTests {
    @Test func specsAreKOfN() throws {
        #expect(try ShardSpec(parsing: "2/3") == ShardSpec(index: 2, count: 3))
        for bad in ["0/2", "3/2", "1/0", "a/b", "1", "1/2/3", ""] {
            #expect(throws: ShardError.invalidSpec(bad)) { try ShardSpec(parsing: bad) }
        }
    }

    @Test(arguments: 1...4) func planIsAPartitionAndIgnoresInputOrder(count: Int) {
        let files = (0..<37).map { "f\($0).json" }
        let durations = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1, Double($0 % 7) + 1) })
        let plan = ShardPlan(files: files, count: count, durations: durations)
        #expect(plan.shards.count == count)
        #expect(plan.shards.flatMap { $0 }.sorted() == files.sorted())
        #expect(ShardPlan(files: files.reversed(), count: count, durations: durations).shards == plan.shards)
    }

    /// The committed baseline's durations balance the official corpus within 20% of the mean shard.
    @Test(arguments: 2...4) func recordedDurationsBalanceTheOfficialCorpus(count: Int) throws {
        let baseline = try JSONReport.read(
            from: ReportFixtures.repositoryRoot.appendingPathComponent("Reports/results.json"))
        let durations = ShardPlan.durations(from: baseline)
        let plan = ShardPlan(files: Array(durations.keys), count: count, durations: durations)
        let mean = plan.loads.reduce(0, +) / Double(count)
        for load in plan.loads { #expect(abs(load - mean) <= 0.2 * mean, "loads \(plan.loads), mean \(mean)") }
    }

    /// Every status, both network versions, a regression and an unexpected pass, split N ways.
    @Test(arguments: 1...4) func mergingEveryShardGivesTheSingleRunsReports(count: Int) throws {
        let single = ShardFixtures.single()
        let baseline = ShardFixtures.baseline()
        let files = single.results.map(\.file)
        let plan = ShardPlan(files: files, count: count)
        let inputs = try (1...count).map { index in
            let spec = try ShardSpec(index: index, count: count)
            let shard = ShardFixtures.shard(of: single, plan: plan, spec: spec)
            // Through the JSON file format, as CI artifacts travel.
            let back = try JSONReport.decode(try JSONReport.render(shard), source: "shard\(index).json")
            return ShardMerge.Input(source: "shard\(index).json", report: back)
        }
        let merged = try ShardMerge.merge(inputs.reversed())
        try ShardFixtures.expectSameReports(merged, single, baseline: baseline)
    }

    @Test func incompleteOrRepeatedShardsAreErrors() throws {
        let single = ShardFixtures.single()
        let plan = ShardPlan(files: single.results.map(\.file), count: 3)
        func input(_ index: Int) throws -> ShardMerge.Input {
            let shard = ShardFixtures.shard(of: single, plan: plan, spec: try ShardSpec(index: index, count: 3))
            return ShardMerge.Input(source: "s\(index)", report: shard)
        }
        #expect(throws: ShardError.missingShards([2])) { try ShardMerge.merge([try input(1), try input(3)]) }
        #expect(throws: ShardError.duplicateShard(index: 1, sources: ["s1", "s1"])) {
            try ShardMerge.merge([try input(1), try input(1), try input(2), try input(3)])
        }
        #expect(throws: ShardError.notAShardReport(source: "whole")) {
            try ShardMerge.merge([ShardMerge.Input(source: "whole", report: single)])
        }
        // A shard that claims a file another shard ran.
        var greedy = try input(2)
        greedy.report.shard?.files += plan.shards[0]
        #expect(throws: ShardError.self) { try ShardMerge.merge([try input(1), greedy, try input(3)]) }
        var lost = try input(3)
        lost.report.results.removeAll { $0.file == plan.shards[2][0] }
        #expect(throws: ShardError.missingVectors([plan.shards[2][0]])) {
            try ShardMerge.merge([try input(1), try input(2), lost])
        }
        var otherMode = try input(3)
        otherMode.report.compare = try CompareMode([.exit])
        #expect(throws: ShardError.self) { try ShardMerge.merge([try input(1), try input(2), otherMode]) }
    }

    /// The runner itself: shards of a real folder select disjoint files covering the whole run.
    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func runnerShardsCoverTheRunOnce() throws {
        let dir = try #require(Corpus.directory)
        let whole = try ConformanceRunner(options: RunOptions(paths: [dir.path], filter: "fil_9_")).files()
        var seen: [String] = []
        for index in 1...3 {
            let spec = try ShardSpec(index: index, count: 3)
            let selection = try ConformanceRunner(options: RunOptions(paths: [dir.path], filter: "fil_9_", shard: spec))
                .selection()
            #expect(selection.shard?.totalFiles == whole.count)
            #expect(selection.shard?.files == selection.files.map(\.displayPath))
            seen += selection.files.map(\.displayPath)
        }
        #expect(seen.sorted() == whole.map(\.displayPath).sorted())
    }
}
