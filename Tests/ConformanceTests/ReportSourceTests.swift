import Foundation
import Testing

@testable import Conformance

/// Official vectors and this VM's scenario recordings stay apart, and labelled, in every report.
@Suite("Vector sources in reports")
struct ReportSourceTests {
    private func header(meta: String) throws -> VectorHeader {
        try VectorParser.header(try JSONValue.parse(Array(#"{"class": "message", "_meta": \#(meta)}"#.utf8)))
    }

    @Test func sourceComesFromTheGenerators() throws {
        let recorded = try header(meta: #"{"id": "a", "gen": [{"source": "fvm-swift-scenarios", "version": "1"}]}"#)
        #expect(recorded.source == .scenario)
        let extracted = try header(meta: #"{"id": "b", "gen": [{"source": "tvx", "version": "v1.0"}]}"#)
        #expect(extracted.source == .official)
        #expect(try header(meta: #"{"id": "c"}"#).source == .official)
        // An odd `gen` is informational: it never makes a vector unreadable.
        #expect(try header(meta: #"{"id": "d", "gen": "fvm-swift-scenarios"}"#).source == .official)
    }

    private func mixedReport() -> RunReport {
        RunReport(
            results: [
                VectorResult(
                    file: "official/send.json", id: "send", variant: "v", nv: 21, status: .pass, durationMs: 1,
                    actor: "account", method: 0),
                VectorResult(
                    file: "scenarios/nv21/send.json", id: "send", variant: "v", nv: 21, status: .fail,
                    reason: "receipt 0: gas_used 10, expected 11", durationMs: 2, actor: "account", method: 0,
                    source: .scenario),
            ], wallTimeSeconds: 1)
    }

    @Test func jsonCarriesTheSourceBothWays() throws {
        let report = mixedReport()
        let data = try JSONReport.render(report)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains(#""source" : "scenario""#))
        #expect(text.contains(#""source" : "official""#))
        let back = try JSONReport.decode(data, source: "mem")
        #expect(back.results.map(\.source).sorted() == [.official, .scenario])
    }

    @Test func jsonWithoutSourceIsOfficialAndAnUnknownSourceIsRefused() throws {
        let old = Data(#"{"results": [{"file": "f", "id": "i", "status": "pass"}]}"#.utf8)
        #expect(try JSONReport.decode(old, source: "old.json").results.first?.source == .official)
        let bad = Data(#"{"results": [{"file": "f", "id": "i", "status": "pass", "source": "mine"}]}"#.utf8)
        #expect {
            _ = try JSONReport.decode(bad, source: "bad.json")
        } throws: { error in
            "\(error)".contains("results[0].source") && "\(error)".contains("bad.json")
        }
    }

    @Test func markdownKeepsSourcesApartWithTheirLabels() throws {
        let pages = Dictionary(
            uniqueKeysWithValues: MarkdownReport.render(mixedReport(), baseline: nil).map { ($0.name, $0.text) })
        let index = try #require(pages["index.md"])
        #expect(index.contains("| [nv21](nv21.md) | official | 1 | 1 | 0 |"))
        #expect(index.contains("| [nv21](nv21.md) | scenario | 1 | 0 | 1 |"))
        #expect(index.contains("a regression baseline, not an independent expectation"))
        let page = try #require(pages["nv21.md"])
        let official = try #require(page.range(of: "## Official vectors"))
        let scenario = try #require(page.range(of: "## Scenario vectors"))
        #expect(official.lowerBound < scenario.lowerBound)
        // The failing scenario vector is listed under the scenario section only.
        let failure = try #require(page.range(of: "`scenarios/nv21/send.json`") ?? page.range(of: "gas_used 10"))
        #expect(failure.lowerBound > scenario.lowerBound)
        #expect(page[scenario.upperBound...].contains("Scenario vectors recorded by this VM: a regression baseline"))
    }

    @Test func junitHasOneSuitePerSourceWithItsLabel() {
        let xml = JUnitReport.render(mixedReport())
        #expect(xml.contains(#"<testsuite name="nv21" tests="1""#))
        #expect(xml.contains(#"<testsuite name="nv21-scenario" tests="1""#))
        #expect(xml.contains(#"<property name="source" value="scenario"/>"#))
        #expect(xml.contains(#"classname="nv21-scenario.account."#))
        #expect(xml.contains("a regression baseline, not an independent expectation"))
    }
}
