import Foundation
import Testing

@testable import Conformance

/// `--compare`: parsing, what the reports say, and baselines made in another mode.
@Suite struct CompareModeTests {
    @Test func parsesSubsetsInAnyOrder() throws {
        #expect(try CompareMode(parsing: "gas,exit").description == "exit,gas")
        #expect(try CompareMode(parsing: "exit,return,gas,root") == .all)
        #expect(throws: CompareModeError.unknownField("fees")) { try CompareMode(parsing: "exit,fees") }
        #expect(throws: CompareModeError.unknownField("")) { try CompareMode(parsing: "") }
    }

    @Test func reportsStateTheModeProminently() throws {
        var report = ReportFixtures.sampleReport()
        report.compare = try CompareMode(parsing: "exit,return")
        let index = MarkdownReport.render(report, baseline: nil)[0].text
        #expect(index.contains("**Compared: exit code, return data only; NOT compared: gas used, post-state root"))
        #expect(JUnitReport.render(report).contains(#"<property name="compare" value="exit,return"/>"#))
        let json = try JSONReport.decode(JSONReport.render(report), source: "r.json")
        #expect(json.compare == report.compare)
        #expect(ConsoleSummary.render(report: report, baseline: nil).contains("NOT compared: gas used"))
        let full = MarkdownReport.render(ReportFixtures.sampleReport(), baseline: nil)[0].text
        #expect(full.contains("Compared: exit code, return data, gas used, post-state root (everything)."))
    }

    @Test func aBaselineFromAnotherModeIsRefused() throws {
        let dir = try ReportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("baseline.json")
        try JSONReport.write(ReportFixtures.sampleReport(), to: url)
        var current = ReportFixtures.sampleReport()
        current.compare = try CompareMode(parsing: "exit")
        #expect(throws: ReportError.compareModeMismatch(path: url.path, baseline: .all, run: current.compare)) {
            try BaselineComparison.load(baseline: url, current: current)
        }
    }
}
