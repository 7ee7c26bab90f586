import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import Conformance

/// Fixtures shared by the report, baseline and known-failure tests.
enum ReportFixtures {
    /// A small run covering every status, two network versions, an unknown one and a two-variant vector.
    static func sampleResults() -> [VectorResult] {
        [
            VectorResult(
                file: "a/miner/submit-1.json", id: "miner-submit-1", variant: "ohsnap", nv: 18, status: .pass,
                durationMs: 12.5, actor: "storageminer", method: 5),
            VectorResult(
                file: "a/miner/submit-2.json", id: "miner-submit-2", variant: "ohsnap", nv: 18, status: .fail,
                reason: "receipt 0: exit code 16, expected 0", detail: "gas_used 10 != 12\npost root differs",
                durationMs: 20, actor: "storageminer", method: 5),
            VectorResult(
                file: "a/miner/dispute-ok.json", id: "miner-dispute-ok", variant: "ohsnap", nv: 18,
                status: .expectedFailure, reason: "needs PoSt", detail: "fail: proof", durationMs: 3,
                actor: "storageminer", method: 31, knownFailure: "needs PoSt"),
            VectorResult(
                file: "b/multisig/propose.json", id: "msig-propose", variant: "ohsnap", nv: 17, status: .skip,
                reason: "execution not implemented", durationMs: 1.25, actor: "multisig", method: 2),
            VectorResult(
                file: "b/multisig/approve.json", id: "msig-approve", variant: "ohsnap", nv: 17, status: .error,
                reason: "internal: stack overflow", detail: "at syscall send", durationMs: 4,
                actor: "multisig", method: 3),
            VectorResult(
                file: "b/two.json", id: "two-variants", variant: "v1", nv: 17, status: .pass, durationMs: 2,
                actor: "account", method: 0),
            VectorResult(
                file: "b/two.json", id: "two-variants", variant: "v2", nv: 18, status: .pass, durationMs: 2,
                actor: "account", method: 0),
            VectorResult(
                file: "c/not-a-vector.json", id: "not-a-vector", status: .error,
                reason: "not a test vector: missing class"),
        ]
    }

    static func sampleReport() -> RunReport {
        RunReport(results: sampleResults(), wallTimeSeconds: 0.5)
    }

    /// A fresh empty folder, removed when the returned closure runs.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("fvm-report-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The repository root, found from this file's location.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}

/// An element of a parsed XML document.
final class ReportXMLNode {
    let name: String
    let attributes: [String: String]
    var children: [ReportXMLNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func all(_ name: String) -> [ReportXMLNode] { children.filter { $0.name == name } }
    func first(_ name: String) -> ReportXMLNode? { children.first { $0.name == name } }
}

/// Parses XML with Foundation's real (libxml2-based) parser; nil when the document is not well-formed.
final class ReportXMLTreeBuilder: NSObject, XMLParserDelegate {
    private var stack: [ReportXMLNode] = []
    private(set) var root: ReportXMLNode?

    static func parse(_ text: String) -> ReportXMLNode? {
        let parser = XMLParser(data: Data(text.utf8))
        let builder = ReportXMLTreeBuilder()
        parser.delegate = builder
        return parser.parse() ? builder.root : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        let node = ReportXMLNode(name: elementName, attributes: attributeDict)
        if let parent = stack.last { parent.children.append(node) } else { root = node }
        stack.append(node)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}

@Suite("Report support")
struct ReportSupportTests {
    @Test func statusCountsCoverEveryStatus() {
        let counts = StatusCounts(ReportFixtures.sampleResults())
        #expect(counts.total == 8)
        #expect(counts.pass == 3)
        #expect(counts.fail == 1)
        #expect(counts.skip == 1)
        #expect(counts.error == 2)
        #expect(counts.expectedFailure == 1)
        #expect(counts.unexpectedPass == 0)
        #expect(counts.passRate == "37.5%")
        #expect(StatusCounts().passRate == "—")
    }

    @Test func verdictPolicy() {
        #expect(RunVerdict(report: ReportFixtures.sampleReport(), baseline: nil).exitCode == 1)
        let quiet = RunReport(
            results: [
                VectorResult(file: "x.json", id: "x", nv: 18, status: .skip, reason: "execution not implemented"),
                VectorResult(file: "y.json", id: "y", nv: 18, status: .expectedFailure, reason: "known"),
                VectorResult(file: "z.json", id: "z", nv: 18, status: .pass),
            ], wallTimeSeconds: 1)
        let verdict = RunVerdict(report: quiet, baseline: nil)
        #expect(verdict.exitCode == 0)
        #expect(verdict.summary == "OK")
    }
}
