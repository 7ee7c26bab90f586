import Foundation
import Testing

@testable import Conformance

@Suite("JUnit report")
struct ReportJUnitTests {
    private func parsed(_ report: RunReport) throws -> ReportXMLNode {
        let xml = JUnitReport.render(report)
        let root = try #require(ReportXMLTreeBuilder.parse(xml), "JUnit output is not well-formed XML:\n\(xml)")
        #expect(root.name == "testsuites")
        return root
    }

    private func testcase(_ root: ReportXMLNode, name: String) throws -> ReportXMLNode {
        let cases = root.all("testsuite").flatMap { $0.all("testcase") }.filter { $0.attributes["name"] == name }
        #expect(cases.count == 1, "expected one testcase named \(name)")
        return try #require(cases.first)
    }

    @Test func suitesPerNetworkVersionWithCounts() throws {
        let root = try parsed(ReportFixtures.sampleReport())
        #expect(root.attributes["tests"] == "8")
        #expect(root.attributes["failures"] == "1")
        #expect(root.attributes["errors"] == "2")
        #expect(root.attributes["skipped"] == "2")
        #expect(root.attributes["time"] == "0.500")
        let suites = root.all("testsuite")
        #expect(suites.map { $0.attributes["name"] } == ["nv17", "nv18", "unknown"])
        let expected: [(tests: String, failures: String, errors: String, skipped: String)] = [
            ("3", "0", "1", "1"), ("4", "1", "0", "1"), ("1", "0", "1", "0"),
        ]
        for (suite, want) in zip(suites, expected) {
            #expect(suite.attributes["tests"] == want.tests)
            #expect(suite.attributes["failures"] == want.failures)
            #expect(suite.attributes["errors"] == want.errors)
            #expect(suite.attributes["skipped"] == want.skipped)
            let cases = suite.all("testcase")
            #expect(String(cases.count) == want.tests)
            // The suite's time is the sum of its cases' times (within rounding).
            let sum = cases.compactMap { Double($0.attributes["time"] ?? "") }.reduce(0, +)
            let time = try #require(Double(suite.attributes["time"] ?? ""))
            #expect(abs(sum - time) < 0.002)
        }
    }

    @Test func classnamesNamesAndTimes() throws {
        let root = try parsed(ReportFixtures.sampleReport())
        let submit = try testcase(root, name: "miner-submit-1")
        #expect(submit.attributes["classname"] == "nv18.storageminer.SubmitWindowedPoSt")
        #expect(submit.attributes["time"] == "0.013")
        #expect(submit.attributes["file"] == "a/miner/submit-1.json")
        #expect(submit.children.isEmpty)
        // Variants are named only for a vector that has several.
        #expect(try testcase(root, name: "two-variants/v1").attributes["classname"] == "nv17.account.Send")
        #expect(try testcase(root, name: "two-variants/v2").attributes["classname"] == "nv18.account.Send")
        let unknown = try testcase(root, name: "not-a-vector")
        #expect(unknown.attributes["classname"] == "unknown.unknown.unknown")
        #expect(unknown.attributes["time"] == "0.000")
        for suite in root.all("testsuite") {
            for test in suite.all("testcase") {
                #expect(test.attributes["classname"]?.hasPrefix(suite.attributes["name"]! + ".") == true)
                #expect(test.attributes["time"].flatMap(Double.init) != nil)
            }
        }
    }

    @Test func failureErrorSkippedAndExpectedFailureElements() throws {
        let root = try parsed(ReportFixtures.sampleReport())
        let failure = try #require(try testcase(root, name: "miner-submit-2").first("failure"))
        #expect(failure.attributes["message"] == "receipt 0: exit code 16, expected 0")
        #expect(failure.text == "gas_used 10 != 12\npost root differs")
        let error = try #require(try testcase(root, name: "msig-approve").first("error"))
        #expect(error.attributes["message"] == "internal: stack overflow")
        #expect(error.text == "at syscall send")
        let skipped = try #require(try testcase(root, name: "msig-propose").first("skipped"))
        #expect(skipped.attributes["message"] == "execution not implemented")
        let xfail = try testcase(root, name: "miner-dispute-ok")
        #expect(xfail.first("failure") == nil)
        #expect(xfail.first("skipped")?.attributes["message"] == "expected failure: needs PoSt")
        #expect(xfail.first("system-out")?.text == "fail: proof")
    }

    @Test func unexpectedPassIsAFailure() throws {
        let report = RunReport(
            results: [
                VectorResult(file: "x.json", id: "x", nv: 18, status: .pass, knownFailure: "needs PoSt")
            ], wallTimeSeconds: 0)
        let root = try parsed(report)
        #expect(root.attributes["failures"] == "1")
        let failure = try #require(try testcase(root, name: "x").first("failure"))
        #expect(failure.attributes["type"] == "unexpected-pass")
        #expect(failure.attributes["message"]?.contains("needs PoSt") == true)
    }

    @Test func escapesMarkupWhitespaceAndForbiddenCharacters() throws {
        let nasty = "a<b>&\"c\" 'd'\ttab\nline\r\u{1}\u{B}\u{FFFE}]]> é 😀"
        let report = RunReport(
            results: [
                VectorResult(
                    file: "dir/\"q\"&<.json", id: "id<&>\"", variant: "v", nv: 18, status: .fail,
                    reason: nasty, detail: nasty, actor: "x.y", method: 1)
            ], wallTimeSeconds: 0)
        let xml = JUnitReport.render(report)
        let root = try parsed(report)
        let test = try testcase(root, name: "id<&>\"")
        #expect(test.attributes["classname"] == "nv18.x_y.1")
        #expect(test.attributes["file"] == "dir/\"q\"&<.json")
        let visible = "a<b>&\"c\" 'd'\ttab\nline\r\\u{1}\\u{b}\\u{fffe}]]> é 😀"
        let failure = try #require(test.first("failure"))
        #expect(failure.attributes["message"] == visible)
        #expect(failure.text == visible)
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test func emptyRun() throws {
        let root = try parsed(RunReport(results: [], wallTimeSeconds: 0))
        #expect(root.attributes["tests"] == "0")
        #expect(root.all("testsuite").isEmpty)
    }
}
