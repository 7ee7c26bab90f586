import Foundation
import Testing

@testable import Conformance

@Suite("JSON report")
struct ReportJSONTests {
    private func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func summaryAndEveryKeyOfEveryResult() throws {
        let report = ReportFixtures.sampleReport()
        let document = try object(try JSONReport.render(report))
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(
            summary.compactMapValues { $0 as? Int } == [
                "total": 8, "pass": 3, "fail": 1, "skip": 1, "error": 2, "xfail": 1, "unexpected_pass": 0,
            ])
        #expect(summary["wall_time_s"] as? Double == 0.5)
        #expect(document["compare"] as? [String] == ["exit", "return", "gas", "state"])
        #expect(document["shard"] is NSNull)
        let results = try #require(document["results"] as? [[String: Any]])
        #expect(results.count == 8)
        let keys: Set = [
            "file", "id", "variant", "nv", "status", "reason", "detail", "duration_ms", "actor", "method",
            "method_name", "known_failure", "source",
        ]
        for result in results { #expect(Set(result.keys) == keys) }
        let unknown = try #require(results.first { $0["id"] as? String == "not-a-vector" })
        #expect(unknown["nv"] is NSNull)
        #expect(unknown["variant"] is NSNull)
        #expect(unknown["status"] as? String == "error")
        let xfail = try #require(results.first { $0["id"] as? String == "miner-dispute-ok" })
        #expect(xfail["status"] as? String == "xfail")
        #expect(xfail["known_failure"] as? String == "needs PoSt")
        let submit = try #require(results.first { $0["id"] as? String == "miner-submit-1" })
        #expect(submit["method_name"] as? String == "SubmitWindowedPoSt")
        #expect(unknown["method_name"] is NSNull)
        #expect(results.allSatisfy { $0["source"] as? String == "official" })
    }

    @Test func sortedKeysAndResultOrder() throws {
        let text = String(decoding: try JSONReport.render(ReportFixtures.sampleReport()), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        let resultsAt = try #require(text.range(of: "\"results\""))
        let summaryAt = try #require(text.range(of: "\"summary\""))
        #expect(resultsAt.lowerBound < summaryAt.lowerBound)
        let results = try #require(
            try object(JSONReport.render(ReportFixtures.sampleReport()))["results"] as? [[String: Any]])
        let order = results.map { "\($0["file"] as? String ?? "")#\($0["variant"] as? String ?? "")" }
        #expect(order == order.sorted())
        let keysInText = text.split(separator: "\n").prefix(40).compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("\""), let end = trimmed.dropFirst().firstIndex(of: "\"") else { return nil }
            return String(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
        }
        #expect(keysInText.first == "compare")
        let firstResult = try #require(keysInText.firstIndex(of: "results"))
        #expect(
            Array(keysInText[(firstResult + 1)...].prefix(13)) == [
                "actor", "detail", "duration_ms", "file", "id",
                "known_failure", "method", "method_name", "nv", "reason", "source", "status", "variant",
            ])
    }

    @Test func roundTripThroughAFile() throws {
        let dir = try ReportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("nested/results.json")
        let report = ReportFixtures.sampleReport()
        try JSONReport.write(report, to: url)
        let back = try JSONReport.read(from: url)
        #expect(back.results == report.results)
        #expect(abs(back.wallTimeSeconds - 0.5) < 1e-9)
        #expect(back.compare == .all)
        #expect(try JSONReport.render(back) == JSONReport.render(report))
    }

    @Test func durationsAreRoundedAndSanitized() throws {
        let report = RunReport(
            results: [
                VectorResult(file: "a.json", id: "a", status: .pass, durationMs: 1.23456789),
                VectorResult(file: "b.json", id: "b", status: .pass, durationMs: .nan),
                VectorResult(file: "c.json", id: "c", status: .pass, durationMs: -.infinity),
            ], wallTimeSeconds: .nan)
        let back = try JSONReport.decode(try JSONReport.render(report), source: "memory")
        #expect(back.results.map(\.durationMs) == [1.235, 0, 0])
    }

    @Test func readsTheOlderMinimalFormat() throws {
        let legacy = #"""
            {"summary": {"total": 2, "pass": 1, "fail": 0, "skip": 1, "error": 0},
             "results": [{"file": "x.json", "id": "x", "nv": 18, "status": "pass", "reason": null, "duration_ms": 3},
                         {"file": "y.json", "id": "y", "status": "skip", "reason": "execution not implemented"}]}
            """#
        let report = try JSONReport.decode(Data(legacy.utf8), source: "legacy.json")
        #expect(report.results.map(\.status) == [.pass, .skip])
        #expect(report.results[0].nv == 18)
        #expect(report.results[1].variant == nil)
        #expect(report.results[1].durationMs == 0)
    }

    @Test func malformedReportsGiveErrorsNamingWhereAndWhat() {
        #expect(
            throws: ReportError.malformedJSONReport(
                path: "b.json", what: "results[1].status: \"passed\" is not one of pass, fail, skip, error, xfail")
        ) {
            let text =
                #"{"results": [{"file": "a", "id": "a", "status": "pass"},"#
                + #"{"file": "b", "id": "b", "status": "passed"}]}"#
            return try JSONReport.decode(Data(text.utf8), source: "b.json")
        }
        #expect(throws: ReportError.malformedJSONReport(path: "c.json", what: "results[0].id: missing")) {
            try JSONReport.decode(Data(#"{"results": [{"file": "a", "status": "pass"}]}"#.utf8), source: "c.json")
        }
        #expect(throws: ReportError.malformedJSONReport(path: "d.json", what: "results: missing")) {
            try JSONReport.decode(Data(#"{"summary": {}}"#.utf8), source: "d.json")
        }
        do {
            _ = try JSONReport.decode(Data("{\"results\": [".utf8), source: "e.json")
            Issue.record("truncated JSON was accepted")
        } catch {
            guard case .malformedJSONReport(path: "e.json", _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
        }
        #expect(throws: ReportError.self) {
            try JSONReport.read(from: URL(fileURLWithPath: "/nonexistent/fvm/results.json"))
        }
    }
}
