import Foundation

/// The human-readable report (`--markdown DIR`), sized to serve as a CI job summary.
///
/// `index.md`: the verdict, one row per network version and source (total, pass, fail, skip, expected
/// failure, error, pass rate, time), the regression section when a baseline is given, unexpected passes.
/// `nvNN.md` (and `unknown.md` for variants without a network version): counts, then one section per
/// source (official vectors, this VM's scenario recordings), each labelled with what a pass against it
/// means, with a table by actor and method, every unexpected pass and every non-pass with its reason. Each file stays under `byteLimit`
/// (long lists are cut with a note pointing to the JSON report).
public enum MarkdownReport {
    /// Under GitHub's 1 MiB job-summary limit, with room to spare.
    public static let defaultByteLimit = 1_000_000

    /// File name and content of every file of the report, `index.md` first.
    public static func render(
        _ report: RunReport, baseline: BaselineComparison?,
        byteLimit: Int = defaultByteLimit
    ) -> [(name: String, text: String)] {
        let groups = ReportFormat.byNetworkVersion(report.results)
        var files = [(name: "index.md", text: index(report, groups: groups, baseline: baseline, byteLimit: byteLimit))]
        for group in groups {
            let label = ReportFormat.networkVersionLabel(group.nv)
            files.append(
                (
                    name: label + ".md",
                    text: versionPage(label, group.results, compare: report.compare, byteLimit: byteLimit)
                ))
        }
        return files
    }

    /// Writes every file into `directory` (created if needed) and removes per-version files a previous
    /// run left there that this run does not produce, so the index never sits next to stale pages.
    public static func write(
        _ report: RunReport, baseline: BaselineComparison?, to directory: URL,
        byteLimit: Int = defaultByteLimit
    ) throws(ReportError) {
        let files = render(report, baseline: baseline, byteLimit: byteLimit)
        for file in files {
            try ReportFiles.write(file.text, to: directory.appendingPathComponent(file.name))
        }
        let produced = Set(files.map(\.name))
        let present = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in present where isVersionPage(name) && !produced.contains(name) {
            let url = directory.appendingPathComponent(name)
            do {
                try FileManager.default.removeItem(at: url)
            } catch {
                throw .unwritable(path: url.path, cause: "cannot remove stale page: \(ReportFiles.describe(error))")
            }
        }
    }

    private static func isVersionPage(_ name: String) -> Bool {
        if name == ReportFormat.unknown + ".md" { return true }
        guard name.hasPrefix("nv"), name.hasSuffix(".md") else { return false }
        let digits = name.dropFirst(2).dropLast(3)
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    // MARK: index.md

    private static let countHeader = ["Total", "Pass", "Fail", "Skip", "Expected failure", "Error"]

    private static func countCells(_ c: StatusCounts) -> [String] {
        [c.total, c.pass, c.fail, c.skip, c.expectedFailure, c.error].map(String.init)
    }

    private static func index(
        _ report: RunReport, groups: [(nv: Int?, results: [VectorResult])],
        baseline: BaselineComparison?, byteLimit: Int
    ) -> String {
        var doc = MarkdownDocument(byteLimit: byteLimit)
        let all = StatusCounts(report.results)
        let verdict = RunVerdict(report: report, baseline: baseline)
        doc.line("# Conformance report")
        doc.line()
        doc.line(
            "**\(verdict.succeeded ? "OK" : "FAILED")**: \(all.total) vector variants, \(all.pass) passed"
                + (verdict.succeeded ? "." : "; " + verdict.problems.joined(separator: ", ") + "."))
        doc.line()
        doc.line(compareLine(report.compare))
        doc.line()
        let rows =
            groups.flatMap { group -> [[String]] in
                let label = ReportFormat.networkVersionLabel(group.nv)
                return ReportFormat.bySource(group.results).map { part in
                    let counts = StatusCounts(part.results)
                    return ["[\(label)](\(label).md)", part.source.rawValue] + countCells(counts)
                        + [counts.passRate, ReportFormat.fixed(counts.durationSeconds, digits: 2)]
                }
            }
            + [
                ["**All**", ""] + countCells(all)
                    + [all.passRate, ReportFormat.fixed(report.wallTimeSeconds, digits: 2)]
            ]
        doc.table(
            ["Network version", "Source"] + countHeader + ["Pass rate", "Time (s)"], rows, rightAligned: 2...9,
            what: "network versions")
        doc.line()
        doc.line(
            "Pass rate counts every variant, skips included. The time of a network version is the sum of its "
                + "variants' durations; the last row gives the run's wall time (variants run in parallel).")
        doc.line()
        doc.line(sourcesNote(report.results))
        doc.line()
        regressionSection(baseline, into: &doc)
        let unexpected = ReportFormat.canonical(report.results.filter(\.isUnexpectedPass))
        if !unexpected.isEmpty {
            doc.line("## Unexpected passes (\(unexpected.count))")
            doc.line()
            doc.line(
                "These passed although the known-failure list expects them to fail; the run fails until "
                    + "their entries are removed from the list.")
            doc.line()
            let name = ReportFormat.displayNames(report.results)
            doc.table(
                ["Network version", "Vector", "Known-failure reason"],
                unexpected.lazy.map {
                    [$0.networkVersionLabel, MarkdownText.code(name($0)), MarkdownText.cell($0.knownFailure)]
                }, what: "unexpected passes")
            doc.line()
        }
        return doc.finish()
    }

    /// What each source in the report is, so no count of recorded vectors reads as independent.
    private static func sourcesNote(_ results: [VectorResult]) -> String {
        let present = Set(results.map(\.source)).sorted()
        return "Sources: " + present.map { "`\($0.rawValue)`: \($0.label)" }.joined(separator: "; ") + "."
    }

    /// The comparison mode, in bold when something is not compared: a pass means less then.
    private static func compareLine(_ mode: CompareMode) -> String {
        mode.isComplete ? mode.statement : "**\(mode.statement)**"
    }

    private static func regressionSection(_ baseline: BaselineComparison?, into doc: inout MarkdownDocument) {
        doc.line("## Regressions")
        doc.line()
        guard let baseline else {
            doc.line("No baseline given: run with `--baseline FILE` (a previous `--json` report) to compare.")
            doc.line()
            return
        }
        let regressions = baseline.regressions
        doc.line(
            "Compared with \(MarkdownText.code(baseline.source)) (\(baseline.compared) variants in both): "
                + "**\(regressions.count) regression\(regressions.count == 1 ? "" : "s")**, "
                + "\(baseline.newlyPassing.count) newly passing, \(baseline.newlySkipped.count) newly skipped, "
                + "\(baseline.missing.count) missing, \(baseline.added.count) added, "
                + "\(baseline.otherChanges.count) other changes.")
        doc.line()
        let sections: [(String, [BaselineComparison.Change])] = [
            ("Regressions: passed in the baseline, not now", regressions),
            ("Newly passing", baseline.newlyPassing),
            ("Newly skipped", baseline.newlySkipped),
            ("Missing (did not pass in the baseline)", baseline.missing.filter { $0.before != .pass }),
            ("Other changes", baseline.otherChanges),
            ("Added (not in the baseline)", baseline.added),
        ]
        for (title, changes) in sections where !changes.isEmpty {
            doc.line("### \(title) (\(changes.count))")
            doc.line()
            doc.table(
                ["Network version", "Vector", "Baseline", "Now", "Reason"],
                changes.lazy.map {
                    [
                        ReportFormat.networkVersionLabel($0.nv), MarkdownText.code($0.name),
                        $0.before?.rawValue ?? "absent", $0.after?.rawValue ?? "missing", MarkdownText.cell($0.reason),
                    ]
                }, what: title.lowercased())
            doc.line()
        }
    }

    // MARK: nvNN.md

    private static func versionPage(
        _ label: String, _ results: [VectorResult], compare: CompareMode,
        byteLimit: Int
    ) -> String {
        var doc = MarkdownDocument(byteLimit: byteLimit)
        let name = ReportFormat.displayNames(results)
        doc.line("# \(label)")
        doc.line()
        doc.line("[Back to the index](index.md)")
        doc.line()
        doc.line(compareLine(compare))
        doc.line()
        for part in ReportFormat.bySource(results) {
            sourceSection(part.source, part.results, name: name, into: &doc)
        }
        return doc.finish()
    }

    /// One source's part of a version page: its label, counts, calls, unexpected passes, non-passes.
    private static func sourceSection(
        _ source: VectorSource, _ results: [VectorResult], name: (VectorResult) -> String,
        into doc: inout MarkdownDocument
    ) {
        let counts = StatusCounts(results)
        doc.line("## \(source.title)")
        doc.line()
        doc.line("*\(source.label.prefix(1).uppercased() + source.label.dropFirst()).*")
        doc.line()
        doc.table(
            countHeader + ["Pass rate", "Time (s)"],
            [countCells(counts) + [counts.passRate, ReportFormat.fixed(counts.durationSeconds, digits: 2)]],
            rightAligned: 0...7, what: "counts")
        doc.line()
        doc.line("### By actor and method")
        doc.line()
        let byCall = Dictionary(grouping: results) { CallKey(actor: $0.actor, method: $0.method) }
        doc.table(
            ["Actor", "Method"] + countHeader,
            byCall.keys.sorted().lazy.map { key in
                let calls = byCall[key] ?? []
                return [MarkdownText.cell(key.actor ?? ReportFormat.unknown), MarkdownText.cell(methodCell(calls[0]))]
                    + countCells(StatusCounts(calls))
            }, rightAligned: 2...7, what: "actor and method rows")
        doc.line()
        let unexpected = results.filter(\.isUnexpectedPass)
        if !unexpected.isEmpty {
            doc.line("### Unexpected passes (\(unexpected.count))")
            doc.line()
            doc.line("Listed as known failures but passed: remove their entries from the known-failure list.")
            doc.line()
            let rows = unexpected.map { [MarkdownText.code(name($0)), MarkdownText.cell($0.knownFailure)] }
            doc.table(["Vector", "Known-failure reason"], rows, what: "unexpected passes")
            doc.line()
        }
        notPassingSection(results, name: name, into: &doc)
    }

    /// Every variant that did not pass, most actionable first.
    private static func notPassingSection(
        _ results: [VectorResult], name: (VectorResult) -> String, into doc: inout MarkdownDocument
    ) {
        let notPassing = results.filter { $0.status != .pass }.enumerated().sorted { a, b in
            let (ra, rb) = (severity(a.element.status), severity(b.element.status))
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        doc.line("### Not passing (\(notPassing.count))")
        doc.line()
        guard !notPassing.isEmpty else {
            doc.line("Every variant passed.")
            doc.line()
            return
        }
        // Built lazily: rows past the size limit are never formatted. `name` is used before returning.
        withoutActuallyEscaping(name) { name in
            doc.table(
                ["Vector", "Status", "Actor", "Method", "Reason"],
                notPassing.lazy.map {
                    [
                        MarkdownText.code(name($0)), $0.status.rawValue,
                        MarkdownText.cell($0.actor ?? ReportFormat.unknown),
                        MarkdownText.cell(methodCell($0)), MarkdownText.cell(shownReason($0)),
                    ]
                }, what: "variants not passing")
        }
        doc.line()
    }

    /// The method's name with its number (`PreCommitSector (6)`), or the number alone when no table
    /// names it. Every variant of a page has the same network version, so one row has one name.
    private static func methodCell(_ result: VectorResult) -> String {
        guard let method = result.method else { return ReportFormat.unknown }
        guard let name = MethodNames.name(actor: result.actor, method: method, nv: result.nv) else {
            return String(method)
        }
        return "\(name) (\(method))"
    }

    /// An expected failure shows what actually happened too, so a change in how it fails is visible.
    private static func shownReason(_ result: VectorResult) -> String? {
        guard result.status == .expectedFailure, let actual = result.detail?.split(separator: "\n").first else {
            return result.reason
        }
        return "\(result.reason ?? "") (was \(actual))"
    }

    /// Most actionable first.
    private static func severity(_ status: VectorStatus) -> Int {
        switch status {
        case .error: 0
        case .fail: 1
        case .expectedFailure: 2
        case .skip: 3
        case .pass: 4
        }
    }

    private struct CallKey: Hashable, Comparable {
        var actor: String?
        var method: UInt64?

        // Known actors and methods first, in name and number order; unknown parts last.
        static func < (a: CallKey, b: CallKey) -> Bool {
            if a.actor != b.actor {
                guard let l = a.actor else { return false }
                guard let r = b.actor else { return true }
                return l < r
            }
            guard let l = a.method else { return false }
            guard let r = b.method else { return true }
            return l < r
        }
    }
}

/// A Markdown file under construction that never grows past its byte limit: tables stop early
/// with a note once the remaining room is needed for the rest of the document.
struct MarkdownDocument {
    let byteLimit: Int
    private(set) var text = ""
    private var bytes = 0
    /// Room kept for headings, notes and tables that follow a long table.
    private var reserve: Int { min(16_384, byteLimit / 4) }

    init(byteLimit: Int) { self.byteLimit = byteLimit }

    mutating func line(_ s: String = "") {
        let piece = s + "\n"
        guard bytes + piece.utf8.count <= byteLimit else { return }
        text += piece
        bytes += piece.utf8.count
    }

    /// A table whose rows are added while they fit; `what` names the rows in the truncation note.
    /// Pass `rows` lazily (`.lazy.map`) for long lists: rows past the limit are then never built.
    mutating func table<Rows: Collection<[String]>>(
        _ header: [String], _ rows: Rows,
        rightAligned: ClosedRange<Int>? = nil, what: String
    ) {
        line(Self.row(header))
        line("|" + header.indices.map { rightAligned?.contains($0) == true ? "---:|" : "---|" }.joined())
        for (index, cells) in rows.enumerated() {
            let row = Self.row(cells) + "\n"
            guard bytes + row.utf8.count + reserve <= byteLimit else {
                line()
                line("*\(rows.count - index) more \(what) not shown (size limit); the JSON report has them all.*")
                return
            }
            text += row
            bytes += row.utf8.count
        }
    }

    func finish() -> String { text }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}

/// Escaping of untrusted text (reasons, ids) for Markdown table cells.
enum MarkdownText {
    /// Longest reason shown in a cell; the JSON report has the full text.
    static let maxCellLength = 300

    /// Plain text: one line, `|` and backslashes escaped, HTML neutralized, cut at `maxCellLength`.
    static func cell(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        var out = ""
        for ch in oneLine(text) {
            switch ch {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Code span (ids, paths): backticks cannot be escaped inside one, so they become quotes;
    /// `|` still needs a backslash because GFM splits table rows before parsing spans.
    static func code(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        return "`" + oneLine(text).replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|")
            + "`"
    }

    private static func oneLine(_ text: String) -> String {
        // Cut first: reasons can be megabytes long and only the start is shown.
        let head = text.prefix(maxCellLength + 1)
        var flat = String(
            String.UnicodeScalarView(
                head.unicodeScalars.map { scalar in
                    scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                        ? " " : scalar
                }))
        if head.count > maxCellLength { flat = String(flat.prefix(maxCellLength)) + "…" }
        return flat
    }
}
