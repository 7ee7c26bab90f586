import Foundation
import Testing
@testable import Conformance

@Suite("Known failures")
struct KnownFailureListTests {
    private let disputeFile =
        "extracted/0002-hygge-01/fil_10_storageminer/DisputeWindowedPoSt/Ok/"
        + "ext-0002-fil_10_storageminer-DisputeWindowedPoSt-Ok-1.json"
    private let disputeId = "ext-0002-fil_10_storageminer-DisputeWindowedPoSt-Ok-1"

    private func dispute(_ status: VectorStatus, nv: Int = 18) -> VectorResult {
        VectorResult(
            file: disputeFile, id: disputeId, variant: "ohsnap", nv: nv, status: status,
            reason: status == .pass ? nil : "receipt 0: exit code 16, expected 0",
            detail: status == .pass ? nil : "return data differs", actor: "storageminer", method: 32)
    }

    @Test func theCommittedListHasTheDisputeWindowedPoStEntry() throws {
        let url = ReportFixtures.repositoryRoot.appendingPathComponent(KnownFailureList.defaultPath)
        let list = try KnownFailureList.load(from: url)
        #expect(list.entries.count == 1)
        let entry = try #require(list.entries.first)
        #expect(entry.nv == 18)
        #expect(
            entry.reason == "needs real PoSt verification; the conformance kernel treats every proof as valid "
                + "(ref-fvm's nv18 runner skips it too)")
        #expect(entry.matches(dispute(.fail)))
        #expect(!entry.matches(dispute(.fail, nv: 17)))
        var sibling = dispute(.fail)
        sibling.file =
            "extracted/0002-hygge-01/fil_10_storageminer/DisputeWindowedPoSt/16/"
            + "ext-0002-fil_10_storageminer-DisputeWindowedPoSt-16-1.json"
        sibling.id = "ext-0002-fil_10_storageminer-DisputeWindowedPoSt-16-1"
        #expect(!entry.matches(sibling))
        // Run as a single file, the path is just the file name; the id still matches.
        var alone = dispute(.fail)
        alone.file = "ext-0002-fil_10_storageminer-DisputeWindowedPoSt-Ok-1.json"
        #expect(entry.matches(alone))
        alone.id = "renamed"
        #expect(entry.matches(alone))
        alone.file = "renamed.json"
        #expect(!entry.matches(alone))
    }

    @Test func aMatchingFailureBecomesAnExpectedFailureKeepingTheOriginal() throws {
        let list = try KnownFailureList(parsing: "nv18\t/DisputeWindowedPoSt/Ok/\tneeds PoSt\n", source: "list")
        let applied = list.apply(to: RunReport(results: [dispute(.fail)], wallTimeSeconds: 1))
        let result = try #require(applied.report.results.first)
        #expect(result.status == .expectedFailure)
        #expect(result.reason == "needs PoSt")
        #expect(result.knownFailure == "needs PoSt")
        #expect(result.detail == "fail: receipt 0: exit code 16, expected 0\nreturn data differs")
        #expect(applied.unexpectedPasses.isEmpty)
        #expect(applied.unusedEntries.isEmpty)
        #expect(RunVerdict(report: applied.report, baseline: nil).exitCode == 0)
        // Applying twice changes nothing.
        #expect(list.apply(to: applied.report).report.results == applied.report.results)
        // An error is covered too; a skip is left alone.
        let error = list.apply(to: RunReport(results: [dispute(.error)], wallTimeSeconds: 1)).report.results[0]
        #expect(error.status == .expectedFailure)
        #expect(error.detail?.hasPrefix("error: ") == true)
        let skip = list.apply(to: RunReport(results: [dispute(.skip)], wallTimeSeconds: 1)).report.results[0]
        #expect(skip == dispute(.skip))
    }

    @Test func anUnexpectedPassStaysAPassButFailsTheRun() throws {
        let list = try KnownFailureList(parsing: "DisputeWindowedPoSt-Ok\tneeds PoSt", source: "list")
        let applied = list.apply(to: RunReport(results: [dispute(.pass)], wallTimeSeconds: 1))
        let result = try #require(applied.report.results.first)
        #expect(result.status == .pass)
        #expect(result.isUnexpectedPass)
        #expect(applied.unexpectedPasses.map(\.id) == [disputeId])
        let verdict = RunVerdict(report: applied.report, baseline: nil)
        #expect(verdict.exitCode == 1)
        #expect(verdict.summary == "FAILED: 1 unexpected pass (fix the known-failure list)")
        let json = String(decoding: try JSONReport.render(applied.report), as: UTF8.self)
        #expect(json.contains("\"unexpected_pass\" : 1"))
        let pages = MarkdownReport.render(applied.report, baseline: nil)
        #expect(pages.allSatisfy { $0.name != "nv18.md" || $0.text.contains("## Unexpected passes (1)") })
        #expect(pages[0].text.contains("## Unexpected passes (1)"))
        #expect(pages[0].text.contains("`\(disputeId)` | needs PoSt |"))
        let console = ConsoleSummary.render(report: applied.report, baseline: nil, knownFailures: applied)
        #expect(console.contains("UNEXPECTED PASS nv18 \(disputeId)"))
    }

    @Test func entriesThatMatchNothingAreReported() throws {
        let list = try KnownFailureList(parsing: "/Ok/\tfirst\nnv17\tDisputeWindowedPoSt\tonly nv17\n", source: "list")
        let applied = list.apply(to: RunReport(results: [dispute(.fail)], wallTimeSeconds: 1))
        #expect(applied.unusedEntries.map(\.line) == [2])
        #expect(applied.report.results[0].reason == "first")
        let console = ConsoleSummary.render(report: applied.report, baseline: nil, knownFailures: applied)
        #expect(console.contains("known-failure entry on line 2 (DisputeWindowedPoSt) matched no vector"))
    }

    @Test func theFirstMatchingEntryWinsAndFieldsMayBeSeparatedByTabRuns() throws {
        let text = "# comment\r\n\r\n   \n*\t\tPoSt\t\tfirst reason\r\nnv18\tDispute\tsecond reason\n"
        let list = try KnownFailureList(parsing: text, source: "list")
        #expect(list.entries.map(\.line) == [4, 5])
        #expect(list.entries[0].nv == nil)
        #expect(list.entry(matching: dispute(.fail))?.reason == "first reason")
        #expect(
            KnownFailureList().apply(to: RunReport(results: [dispute(.fail)], wallTimeSeconds: 0))
                .report.results[0].status == .fail)
    }

    @Test(arguments: [
        ("just-a-pattern", "expected [nvNN<TAB>]REGEX<TAB>REASON separated by tabs, found 1 field(s)"),
        ("nv18\ta\tb\tc", "expected [nvNN<TAB>]REGEX<TAB>REASON separated by tabs, found 4 field(s)"),
        ("v18\tpattern\treason", "network version field \"v18\" is not nvNN or *"),
        ("nvx\tpattern\treason", "network version field \"nvx\" is not nvNN or *"),
        ("Dispute(Ok\treason", "invalid regular expression \"Dispute(Ok\""),
    ])
    func malformedLinesGiveTheirLineNumber(line: String, what: String) {
        #expect(throws: ReportError.malformedKnownFailures(path: "KnownFailures.txt", line: 3, what: what)) {
            try KnownFailureList(parsing: "# header\n\n\(line)\n", source: "KnownFailures.txt")
        }
    }

    @Test func unreadableOrNonUTF8ListsAreErrors() throws {
        #expect(throws: ReportError.self) {
            try KnownFailureList.load(from: URL(fileURLWithPath: "/nonexistent/KnownFailures.txt"))
        }
        let dir = try ReportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("list.txt")
        try Data([0x61, 0x09, 0xFF, 0xFE, 0x0A]).write(to: url)
        #expect(throws: ReportError.malformedKnownFailures(path: url.path, line: 0, what: "not UTF-8 text")) {
            try KnownFailureList.load(from: url)
        }
    }
}
