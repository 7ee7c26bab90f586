import Foundation
import Testing

@testable import Conformance

@Suite("Markdown report")
struct ReportMarkdownTests {
    private func files(
        _ report: RunReport, baseline: BaselineComparison? = nil,
        limit: Int = MarkdownReport.defaultByteLimit
    ) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: MarkdownReport.render(report, baseline: baseline, byteLimit: limit)
                .map { ($0.name, $0.text) })
    }

    @Test func indexHasOneRowPerNetworkVersionAndLinks() throws {
        let pages = files(ReportFixtures.sampleReport())
        #expect(Set(pages.keys) == ["index.md", "nv17.md", "nv18.md", "unknown.md"])
        let index = try #require(pages["index.md"])
        #expect(
            index.contains(
                "| Network version | Source | Total | Pass | Fail | Skip | Expected failure | Error | Pass rate | Time (s) |"
            ))
        #expect(index.contains("| [nv17](nv17.md) | official | 3 | 1 | 0 | 1 | 0 | 1 | 33.3% | 0.01 |"))
        #expect(index.contains("| [nv18](nv18.md) | official | 4 | 2 | 1 | 0 | 1 | 0 | 50.0% | 0.04 |"))
        #expect(index.contains("| [unknown](unknown.md) | official | 1 | 0 | 0 | 0 | 0 | 1 | 0.0% | 0.00 |"))
        #expect(index.contains("| **All** |  | 8 | 3 | 1 | 1 | 1 | 2 | 37.5% | 0.50 |"))
        #expect(index.contains("**FAILED**"))
        #expect(index.contains("No baseline given"))
        // The order of the rows follows the network version.
        let nv17 = try #require(index.range(of: "[nv17]"))
        let nv18 = try #require(index.range(of: "[nv18]"))
        #expect(nv17.lowerBound < nv18.lowerBound)
    }

    @Test func versionPageHasCountsActorMethodTableAndEveryNonPass() throws {
        let page = try #require(files(ReportFixtures.sampleReport())["nv18.md"])
        #expect(page.hasPrefix("# nv18\n"))
        #expect(page.contains("| 4 | 2 | 1 | 0 | 1 | 0 | 50.0% | 0.04 |"))
        #expect(page.contains("| Actor | Method | Total | Pass | Fail | Skip | Expected failure | Error |"))
        #expect(page.contains("| account | Send (0) | 1 | 1 | 0 | 0 | 0 | 0 |"))
        #expect(page.contains("| storageminer | SubmitWindowedPoSt (5) | 2 | 1 | 1 | 0 | 0 | 0 |"))
        #expect(page.contains("| storageminer | GetBeneficiary (31) | 1 | 0 | 0 | 0 | 1 | 0 |"))
        #expect(page.contains("## Not passing (2)"))
        #expect(
            page.contains(
                "| `miner-submit-2` | fail | storageminer | SubmitWindowedPoSt (5) | receipt 0: exit code 16, expected 0 |"
            ))
        #expect(
            page.contains(
                "| `miner-dispute-ok` | xfail | storageminer | GetBeneficiary (31) | needs PoSt (was fail: proof) |"))
        #expect(!page.contains("miner-submit-1"))
        let nv17 = try #require(files(ReportFixtures.sampleReport())["nv17.md"])
        // Errors are listed before skips: the most actionable first.
        let error = try #require(nv17.range(of: "msig-approve"))
        let skip = try #require(nv17.range(of: "msig-propose"))
        #expect(error.lowerBound < skip.lowerBound)
        #expect(nv17.contains("`two-variants/v1`") == false)  // passes are not listed
    }

    @Test func tableCellsAreEscaped() throws {
        let report = RunReport(
            results: [
                VectorResult(
                    file: "p.json", id: "id|pipe`tick", nv: 18, status: .fail,
                    reason: "a | b\nc <script> \\ d", actor: "act|or", method: 1)
            ], wallTimeSeconds: 0)
        let page = try #require(files(report)["nv18.md"])
        #expect(page.contains("| `id\\|pipe'tick` | fail | act\\|or | 1 | a \\| b c &lt;script&gt; \\\\ d |"))
        for line in page.split(separator: "\n") where line.hasPrefix("| `id") {
            // Five cells: six unescaped pipes.
            let unescaped = line.enumerated().filter {
                $0.element == "|"
                    && ($0.offset == 0 || line[line.index(line.startIndex, offsetBy: $0.offset - 1)] != "\\")
            }
            #expect(unescaped.count == 6)
        }
    }

    @Test func staysUnderTheSizeLimitWithANote() throws {
        let longReason = String(repeating: "very long reason ", count: 200)
        let results = (0..<20_000).map { i in
            VectorResult(
                file: "big/\(i).json", id: "vector-\(i)", variant: "ohsnap", nv: 18, status: .fail,
                reason: longReason, actor: "actor\(i % 30)", method: UInt64(i % 7))
        }
        let report = RunReport(results: results, wallTimeSeconds: 1)
        let pages = files(report)
        for (name, text) in pages {
            #expect(text.utf8.count <= MarkdownReport.defaultByteLimit, "\(name) is \(text.utf8.count) bytes")
        }
        let page = try #require(pages["nv18.md"])
        #expect(page.contains("more variants not passing not shown (size limit)"))
        #expect(page.contains("## Not passing (20000)"))
        // A tiny limit still gives well-formed, bounded pages.
        for (_, text) in files(report, limit: 8_192) { #expect(text.utf8.count <= 8_192) }
    }

    @Test func writesFilesAndRemovesStaleVersionPages() throws {
        let dir = try ReportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for stale in ["nv16.md", "unknown.md", "notes.md", "nvx.md"] {
            try Data("old".utf8).write(to: dir.appendingPathComponent(stale))
        }
        let report = RunReport(results: ReportFixtures.sampleResults().filter { $0.nv != nil }, wallTimeSeconds: 1)
        try MarkdownReport.write(report, baseline: nil, to: dir)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        #expect(names == ["index.md", "nv17.md", "nv18.md", "notes.md", "nvx.md"])
    }

    @Test func writeReportsWritesEveryRequestedFile() throws {
        let dir = try ReportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = ReportFixtures.sampleReport()
        try writeReports(
            report: report, junit: dir.appendingPathComponent("out/junit.xml"),
            markdownDir: dir.appendingPathComponent("md"), json: dir.appendingPathComponent("r.json"),
            baseline: nil)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/junit.xml").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("md/index.md").path))
        #expect(try JSONReport.read(from: dir.appendingPathComponent("r.json")).results == report.results)
        // A destination that cannot be written gives a typed error naming it.
        let blocker = dir.appendingPathComponent("file")
        try Data().write(to: blocker)
        #expect(throws: ReportError.self) {
            try writeReports(
                report: report, junit: nil, markdownDir: nil,
                json: blocker.appendingPathComponent("r.json"), baseline: nil)
        }
    }
}

@Suite("Report determinism")
struct ReportDeterminismTests {
    @Test(arguments: [1, 2, 3, 42])
    func shuffledInputGivesIdenticalBytes(seed: UInt64) throws {
        var results = ReportFixtures.sampleResults()
        // Duplicates with the same sort key are where an unstable order would show.
        results.append(
            VectorResult(
                file: "a/miner/submit-1.json", id: "miner-submit-1", variant: "ohsnap", nv: 18,
                status: .fail, reason: "dup", durationMs: 1))
        results.append(
            VectorResult(
                file: "a/miner/submit-1.json", id: "miner-submit-1", variant: "ohsnap", nv: 18,
                status: .fail, reason: "dup2", durationMs: 1))
        let reference = RunReport(results: results, wallTimeSeconds: 2)
        var generator = ReportShuffleGenerator(seed: seed)
        let shuffled = RunReport(results: results.shuffled(using: &generator), wallTimeSeconds: 2)
        let baseline = BaselineComparison(baseline: reference, current: shuffled)
        let again = BaselineComparison(baseline: shuffled, current: reference)
        #expect(try JSONReport.render(shuffled) == JSONReport.render(reference))
        #expect(JUnitReport.render(shuffled) == JUnitReport.render(reference))
        let a = MarkdownReport.render(shuffled, baseline: baseline)
        let b = MarkdownReport.render(reference, baseline: again)
        #expect(a.map(\.name) == b.map(\.name))
        #expect(a.map(\.text) == b.map(\.text))
    }
}

/// A seeded generator so that a failing shuffle can be replayed.
struct ReportShuffleGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
