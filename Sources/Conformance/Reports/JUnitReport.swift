import Foundation

/// The JUnit XML report (`--junit`) in the dialect CI systems read (Jenkins, GitLab, GitHub actions).
///
/// One `<testsuite>` per network version and source (`nv17`, `nv18`, ..., `unknown` last; this VM's
/// recorded scenario vectors apart as `nvNN-scenario`, labelled in the suite's properties), one
/// `<testcase>` per variant: `classname` = `<suite>.actor.Method`, `name` = the vector id (`id/variant` when the vector has
/// several variants), `time` in seconds. `fail` gives `<failure>`, `error` gives `<error>`, `skip` gives
/// `<skipped>`, an expected failure gives `<skipped message="expected failure: ...">` so CI stays green.
/// An unexpected pass (a pass the known-failure list expects to fail) gives a `<failure
/// type="unexpected-pass">`, as pytest's strict xfail does, because it makes the run exit 1 and the
/// JUnit view must show why; the JSON report keeps its status `pass`.
public enum JUnitReport {
    /// The report as an XML 1.0 document.
    public static func render(_ report: RunReport) -> String {
        let name = ReportFormat.displayNames(report.results)
        let groups = ReportFormat.byNetworkVersion(report.results)
        let all = StatusCounts(report.results)
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += "<testsuites name=\"fvm-conformance\"\(countAttributes(all, time: report.wallTimeSeconds))>\n"
        for group in groups {
            for part in ReportFormat.bySource(group.results) {
                let counts = StatusCounts(part.results)
                let suite = suiteName(nv: group.nv, source: part.source)
                out += "  <testsuite name=\"\(suite)\"\(countAttributes(counts, time: counts.durationSeconds))>\n"
                // Consumers show properties beside the suite: what a pass means in this run.
                out += "    <properties>\n"
                out += "      <property name=\"compare\" value=\"\(report.compare)\"/>\n"
                out += "      <property name=\"source\" value=\"\(part.source.rawValue)\"/>\n"
                out +=
                    "      <property name=\"source-description\" value=\"\(XMLText.attribute(part.source.label))\"/>\n"
                out += "    </properties>\n"
                for result in part.results {
                    out += testcase(result, name: name(result))
                }
                out += "  </testsuite>\n"
            }
        }
        out += "</testsuites>\n"
        return out
    }

    /// Writes the report to `url`, creating its folder.
    public static func write(_ report: RunReport, to url: URL) throws(ReportError) {
        try ReportFiles.write(render(report), to: url)
    }

    /// `classname` of a variant: `<suite>.actor.method` with the method's name when known
    /// (`nv18.storageminer.PreCommitSector`), else its number; `unknown` stands in for a missing part.
    public static func className(_ result: VectorResult) -> String {
        // A dot inside a part would add a level to the package tree CI tools build from classnames.
        let actor = (result.actor ?? ReportFormat.unknown).replacingOccurrences(of: ".", with: "_")
        return "\(suiteName(nv: result.nv, source: result.source)).\(actor).\(result.methodLabel)"
    }

    /// The suite of a network version and source: the official corpus keeps the plain `nvNN`.
    public static func suiteName(nv: Int?, source: VectorSource) -> String {
        let label = ReportFormat.networkVersionLabel(nv)
        switch source {
        case .official: return label
        case .scenario: return label + "-scenario"
        }
    }

    private static func countAttributes(_ counts: StatusCounts, time: Double) -> String {
        // Expected failures are reported as skipped; unexpected passes as failures.
        " tests=\"\(counts.total)\" failures=\"\(counts.fail + counts.unexpectedPass)\" errors=\"\(counts.error)\""
            + " skipped=\"\(counts.skip + counts.expectedFailure)\" time=\"\(ReportFormat.fixed(time, digits: 3))\""
    }

    private static func testcase(_ result: VectorResult, name: String) -> String {
        let time = ReportFormat.fixed(ReportFormat.seconds(result.durationMs), digits: 3)
        let open =
            "    <testcase classname=\"\(XMLText.attribute(className(result)))\" name=\"\(XMLText.attribute(name))\""
            + " file=\"\(XMLText.attribute(result.file))\" time=\"\(time)\""
        let reason = result.reason ?? ""
        var body: String
        switch result.status {
        case .pass:
            guard let listed = result.knownFailure else { return open + "/>\n" }
            body = element(
                "failure",
                message: "unexpected pass: the known-failure list expects this to fail (\(listed));"
                    + " remove its entry", type: "unexpected-pass", text: nil)
        case .fail:
            body = element("failure", message: reason.isEmpty ? "failed" : reason, type: "fail", text: result.detail)
        case .error:
            body = element("error", message: reason.isEmpty ? "error" : reason, type: "error", text: result.detail)
        case .skip:
            body = element("skipped", message: reason, type: nil, text: nil) + systemOut(result.detail)
        case .expectedFailure:
            body =
                element("skipped", message: "expected failure: \(reason)", type: nil, text: nil)
                + systemOut(result.detail)
        }
        return open + ">\n" + body + "    </testcase>\n"
    }

    private static func element(_ tag: String, message: String, type: String?, text: String?) -> String {
        var out = "      <\(tag) message=\"\(XMLText.attribute(message))\""
        if let type { out += " type=\"\(type)\"" }
        guard let text, !text.isEmpty else { return out + "/>\n" }
        return out + ">" + XMLText.content(text) + "</\(tag)>\n"
    }

    // `<skipped>` has no text content in the JUnit schemas some consumers validate against, so a skip's
    // detail goes to the testcase's standard output, which they all show.
    private static func systemOut(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        return "      <system-out>" + XMLText.content(text) + "</system-out>\n"
    }
}

/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// Text content: markup characters as entities, carriage returns as references (a parser would
    /// turn them into newlines), characters XML 1.0 forbids even as references as visible `\u{..}`.
    static func content(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// Attribute value in double quotes: also quotes, and tab/newline as references since parsers
    /// normalize literal whitespace in attributes to spaces.
    static func attribute(_ text: String) -> String {
        escape(text, attribute: true)
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                }
            }
        }
        return out
    }

    /// The XML 1.0 `Char` production (surrogates cannot occur in a Swift string).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
