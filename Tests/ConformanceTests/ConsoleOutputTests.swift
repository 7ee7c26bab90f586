import Foundation
import Testing

@testable import Conformance

/// What the terminal shows after a run: every non-pass with its reason, then counts and the verdict.
@Suite struct ConsoleOutputTests {
    @Test func everyNonPassingVariantHasALineWithItsReason() throws {
        let text = ConsoleSummary.render(report: ReportFixtures.sampleReport(), baseline: nil)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("ERROR nv17 msig-approve [ohsnap]: internal: stack overflow"))
        #expect(lines.contains("FAIL  nv18 miner-submit-2 [ohsnap]: receipt 0: exit code 16, expected 0"))
        #expect(lines.contains("XFAIL nv18 miner-dispute-ok [ohsnap]: needs PoSt"))
        #expect(lines.contains("SKIP  nv17 msig-propose [ohsnap]: execution not implemented"))
        // A failure's detail follows it, indented.
        let fail = try #require(lines.firstIndex { $0.hasPrefix("FAIL ") })
        #expect(lines[fail + 1] == "      gas_used 10 != 12")
        // Errors first, then failures, expected failures and skips; the verdict last.
        let order = ["ERROR", "FAIL ", "XFAIL", "SKIP "].compactMap { tag in lines.firstIndex { $0.hasPrefix(tag) } }
        #expect(order == order.sorted())
        #expect(lines.last == "FAILED: 1 failed, 2 errors")
        #expect(!text.contains("miner-submit-1"))
    }

    @Test func longDetailIsCutWithACount() {
        let detail = (1...20).map { "line \($0)" }.joined(separator: "\n")
        let lines = NonPassingList.render([
            VectorResult(file: "f.json", id: "f", status: .fail, reason: "r", detail: detail)
        ])
        #expect(lines.count == 1 + NonPassingList.defaultDetailLines + 1)
        #expect(lines.last?.contains("… 12 more lines") == true)
    }

    @Test func oneVariantIsSingular() {
        let report = RunReport(results: [VectorResult(file: "f.json", id: "f", status: .pass)], wallTimeSeconds: 0.25)
        let text = ConsoleSummary.render(report: report, baseline: nil)
        #expect(text == "1 variant: 1 pass, 0 fail, 0 skip, 0 errors, 0 expected failures (0.2 s)\nOK")
    }

    @Test func quietPrintsOnlyTheSummary() {
        let text = ConsoleSummary.render(report: ReportFixtures.sampleReport(), baseline: nil, verbosity: .quiet)
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.hasPrefix("8 variants: 3 pass, 1 fail, 1 skip, 2 errors, 1 expected failure (0.5 s)"))
    }

    @Test func unusedKnownFailureEntriesAreSilentUnlessAsked() throws {
        let list = try KnownFailureList(parsing: "nv17\tnothing-matches\tstale\n", source: "list")
        let applied = list.apply(
            to: RunReport(results: [VectorResult(file: "f.json", id: "f", status: .pass)], wallTimeSeconds: 0))
        let silent = ConsoleSummary.render(
            report: applied.report, baseline: nil, knownFailures: applied, unusedEntries: .silent)
        #expect(!silent.contains("known-failure entry"))
        let reported = ConsoleSummary.render(
            report: applied.report, baseline: nil, knownFailures: applied, unusedEntries: .report)
        #expect(
            reported.contains("note: known-failure entry on line 1 (nothing-matches) matched no vector of this run"))
    }

    @Test func verboseLinesCarryTagAndTime() {
        let result = VectorResult(
            file: "f.json", id: "f", variant: "v", nv: 18, status: .expectedFailure,
            reason: "needs\nPoSt", durationMs: 12.345)
        #expect(VariantLine.render(result, timed: true) == "XFAIL nv18 f [v] (12.3 ms): needs PoSt")
        #expect(VectorStatus.allCases.map(VariantLine.tag) == ["OK", "FAIL", "SKIP", "ERROR", "XFAIL"])
    }
}
