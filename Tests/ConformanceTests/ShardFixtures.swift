import Foundation
import Testing

@testable import Conformance

/// A whole run, its shards and the comparison of their reports, for the shard tests.
enum ShardFixtures {
    /// The sample run with an unexpected pass added, so every report feature shows.
    static func single() -> RunReport {
        var results = ReportFixtures.sampleResults()
        results.append(
            VectorResult(
                file: "a/miner/stale.json", id: "miner-stale", variant: "ohsnap", nv: 18, status: .pass,
                durationMs: 7, actor: "storageminer", method: 6, knownFailure: "was broken"))
        return RunReport(results: results, wallTimeSeconds: 0.5)
    }

    /// A baseline in which everything passed: every non-pass now is a regression.
    static func baseline() -> RunReport {
        RunReport(
            results: single().results.map {
                var r = $0
                r.status = .pass
                return r
            }, wallTimeSeconds: 1)
    }

    /// Shard `spec` of `whole` as `plan` splits it, with its record and a wall time of its own.
    static func shard(of whole: RunReport, plan: ShardPlan, spec: ShardSpec) -> RunReport {
        let files = plan.files(of: spec)
        let record = ShardRecord(
            spec: spec, totalFiles: Set(whole.results.map(\.file)).count,
            inputsDigest: ShardPlan.digest(of: whole.results.map(\.file)), files: files, filter: nil)
        let mine = Set(files)
        return RunReport(
            results: whole.results.filter { mine.contains($0.file) }, wallTimeSeconds: 0.1 * Double(spec.index),
            compare: whole.compare, shard: record)
    }

    /// JSON equal apart from durations, JUnit and Markdown equal apart from times, same verdict.
    static func expectSameReports(_ merged: RunReport, _ single: RunReport, baseline: RunReport) throws {
        let a = BaselineComparison(baseline: baseline, current: merged)
        let b = BaselineComparison(baseline: baseline, current: single)
        #expect(try withoutTimes(json(merged)) == withoutTimes(json(single)))
        #expect(withoutTimes(JUnitReport.render(merged)) == withoutTimes(JUnitReport.render(single)))
        let pagesA = MarkdownReport.render(merged, baseline: a)
        let pagesB = MarkdownReport.render(single, baseline: b)
        #expect(pagesA.map(\.name) == pagesB.map(\.name))
        #expect(pagesA.map { withoutTimes($0.text) } == pagesB.map { withoutTimes($0.text) })
        #expect(RunVerdict(report: merged, baseline: a) == RunVerdict(report: single, baseline: b))
        #expect(RunVerdict(report: merged, baseline: a).exitCode == 1)
        #expect(a.regressions == b.regressions)
    }

    private static func json(_ report: RunReport) throws -> String {
        String(decoding: try JSONReport.render(report), as: UTF8.self)
    }

    /// Every decimal number with a fractional part (durations, times, wall time) replaced by `T`.
    static func withoutTimes(_ text: String) -> String {
        text.replacingOccurrences(of: #"[0-9]+\.[0-9]+"#, with: "T", options: .regularExpression)
    }
}
