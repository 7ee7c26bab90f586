import Foundation
import Testing
@testable import Conformance

@Suite("Baseline comparison")
struct BaselineComparisonTests {
    private func result(
        _ id: String, _ status: VectorStatus, nv: Int = 18, file: String? = nil,
        reason: String? = nil
    ) -> VectorResult {
        VectorResult(
            file: file ?? "corpus/\(id).json", id: id, variant: "ohsnap", nv: nv, status: status,
            reason: reason ?? (status == .pass ? nil : "\(status.rawValue) reason"))
    }

    private func run(_ results: [VectorResult]) -> RunReport { RunReport(results: results, wallTimeSeconds: 1) }

    @Test func onePassThatNowFailsIsARegressionNamedEverywhere() throws {
        let baseline = run([result("a", .pass), result("b", .pass), result("c", .skip)])
        let current = run([result("a", .pass), result("b", .fail, reason: "post root differs"), result("c", .skip)])
        let comparison = BaselineComparison(baseline: baseline, current: current)
        #expect(comparison.isRegression)
        #expect(comparison.regressions.map(\.id) == ["b"])
        #expect(comparison.newlyFailing.first?.before == .pass)
        #expect(comparison.newlyFailing.first?.after == .fail)
        #expect(comparison.compared == 3)
        // The run exits 1 because of it (also when the failure itself were an expected one).
        let verdict = RunVerdict(report: current, baseline: comparison)
        #expect(verdict.exitCode == 1)
        #expect(verdict.regressions == 1)
        #expect(comparison.consoleSummary().contains("REGRESSION  nv18 b/ohsnap: pass -> fail (post root differs)"))
        let index = try #require(MarkdownReport.render(current, baseline: comparison).first { $0.name == "index.md" })
        #expect(index.text.contains("**1 regression**"))
        #expect(index.text.contains("| nv18 | `b/ohsnap` | pass | fail | post root differs |"))
        #expect(
            ConsoleSummary.render(report: current, baseline: comparison).hasSuffix(
                "FAILED: 1 failed, 1 regression against the baseline"))
    }

    @Test func everyNonPassAfterAPassIsARegression() {
        let baseline = run([result("f", .pass), result("e", .pass), result("s", .pass), result("x", .pass)])
        let current = run([result("f", .fail), result("e", .error), result("s", .skip), result("x", .expectedFailure)])
        let comparison = BaselineComparison(baseline: baseline, current: current)
        #expect(comparison.regressions.map(\.id) == ["e", "f", "s", "x"])
        #expect(comparison.newlySkipped.isEmpty)
        // Skips and expected failures alone do not fail a run; the regression does.
        let onlyQuiet = run([result("f", .pass), result("e", .pass), result("s", .skip), result("x", .expectedFailure)])
        #expect(
            RunVerdict(report: onlyQuiet, baseline: BaselineComparison(baseline: baseline, current: onlyQuiet))
                .exitCode == 1)
    }

    @Test func missingVectors() {
        let baseline = run([result("gone-pass", .pass), result("gone-skip", .skip), result("kept", .skip)])
        let current = run([result("kept", .skip)])
        let comparison = BaselineComparison(baseline: baseline, current: current)
        #expect(comparison.missing.map(\.id) == ["gone-pass", "gone-skip"])
        #expect(comparison.missing.allSatisfy { $0.after == nil })
        #expect(comparison.regressions.map(\.id) == ["gone-pass"])
        #expect(comparison.isRegression)
        #expect(comparison.consoleSummary().contains("REGRESSION  nv18 gone-pass/ohsnap: pass -> missing"))
        // Only a missing vector that did not pass: listed, but not a regression.
        let noPass = BaselineComparison(baseline: run([result("gone", .fail)]), current: run([]))
        #expect(noPass.missing.count == 1)
        #expect(!noPass.isRegression)
    }

    @Test func scopeLimitsWhichBaselineVectorsAreExpected() {
        let baseline = run([result("selected", .pass), result("other", .pass)])
        let current = run([result("selected", .pass)])
        let comparison = BaselineComparison(baseline: baseline, current: current) { $0.id == "selected" }
        #expect(comparison.missing.isEmpty)
        #expect(!comparison.isRegression)
    }

    @Test func improvementsNewSkipsOtherChangesAndAdditions() {
        let baseline = run([
            result("fixed", .fail), result("unerrored", .error), result("now-skipped", .fail),
            result("ran", .skip), result("same", .fail),
        ])
        let current = run([
            result("fixed", .pass), result("unerrored", .pass), result("now-skipped", .skip),
            result("ran", .fail), result("same", .fail), result("new", .pass),
        ])
        let comparison = BaselineComparison(baseline: baseline, current: current)
        #expect(!comparison.isRegression)
        #expect(comparison.newlyPassing.map(\.id) == ["fixed", "unerrored"])
        #expect(comparison.newlySkipped.map(\.id) == ["now-skipped"])
        #expect(comparison.otherChanges.map(\.id) == ["ran"])
        #expect(comparison.added.map(\.id) == ["new"])
        #expect(comparison.added.first?.before == nil)
        #expect(
            comparison.consoleSummary().hasPrefix(
                "Baseline baseline: 0 regression(s), 2 newly passing, 1 newly skipped, 0 missing, 1 added, 1 other change(s), 5 compared"
            ))
        #expect(comparison.consoleSummary().contains("IMPROVED    nv18 fixed/ohsnap: fail -> pass"))
    }

    @Test func keyedByIdSoAMovedCorpusStillMatches() {
        let baseline = run([result("a", .pass, file: "vectors/corpus/x/a.json")])
        let current = run([result("a", .pass, file: "../shared/corpus/x/a.json")])
        let comparison = BaselineComparison(baseline: baseline, current: current)
        #expect(comparison.missing.isEmpty && comparison.added.isEmpty)
        #expect(comparison.compared == 1)
    }

    @Test func duplicateIdsAreTellApartByFile() {
        let baseline = run([result("dup", .pass, file: "one/dup.json"), result("dup", .pass, file: "two/dup.json")])
        let current = run([result("dup", .pass, file: "one/dup.json"), result("dup", .fail, file: "two/dup.json")])
        let comparison = BaselineComparison(baseline: baseline, current: current)
        #expect(comparison.regressions.map(\.file) == ["two/dup.json"])
    }

    @Test func variantsAndNetworkVersionsAreComparedSeparately() {
        let baseline = run([
            VectorResult(file: "v.json", id: "v", variant: "a", nv: 17, status: .pass),
            VectorResult(file: "v.json", id: "v", variant: "b", nv: 18, status: .pass),
        ])
        let current = run([
            VectorResult(file: "v.json", id: "v", variant: "a", nv: 17, status: .pass),
            VectorResult(file: "v.json", id: "v", variant: "b", nv: 18, status: .fail),
        ])
        let comparison = BaselineComparison(baseline: baseline, current: current)
        #expect(comparison.regressions.map(\.name) == ["v/b"])
        #expect(comparison.regressions.first?.nv == 18)
    }

    @Test func loadsABaselineWrittenAsAJSONReport() throws {
        let dir = try ReportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("results.json")
        try JSONReport.write(run([result("a", .pass), result("b", .pass)]), to: url)
        let comparison = try BaselineComparison.load(baseline: url, current: run([result("a", .pass)]))
        #expect(comparison.source == url.path)
        #expect(comparison.regressions.map(\.id) == ["b"])
        #expect(throws: ReportError.self) {
            try BaselineComparison.load(baseline: dir.appendingPathComponent("absent.json"), current: run([]))
        }
    }

    @Test func identicalRunsHaveNoChanges() {
        let report = ReportFixtures.sampleReport()
        let comparison = BaselineComparison(baseline: report, current: report)
        #expect(!comparison.isRegression)
        #expect(comparison.compared == report.results.count)
        #expect(
            comparison.newlyPassing.isEmpty && comparison.missing.isEmpty && comparison.added.isEmpty
                && comparison.otherChanges.isEmpty && comparison.newlySkipped.isEmpty)
    }
}
