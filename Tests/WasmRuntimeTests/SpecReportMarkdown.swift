import Foundation

/// The markdown table of per-script counts, and the lists of what did not simply pass.
enum SpecReportMarkdown {
    private static let columns: [SpecDirectiveKind] = [
        .module, .assertReturn, .assertTrap, .assertExhaustion, .assertInvalid, .assertMalformed, .assertUnlinkable,
    ]

    static func render(engine: String, reports: [String: SpecScriptReport]) -> String {
        let ordered = reports.keys.sorted().compactMap { reports[$0] }
        var lines = [
            "# Wasm spec scripts on \(engine)", "",
            "Each cell: passed/failed/excluded. `other` = register, invoke, unsupported and unparsed directives.",
            "Malformed passes include quoted texts the WAT library itself rejected (listed below).",
            "Legacy spellings rewritten before parsing (SpecLegacySyntax): " + legacyRewrites + ".", "",
            "| script | " + columns.map(\.rawValue).joined(separator: " | ")
                + " | other | passed | failed | excluded |",
            "|---|" + String(repeating: "---|", count: columns.count + 4),
        ]
        lines += ordered.map(row)
        lines.append(totalRow(ordered))
        lines += section("Failures", ordered) { $0.failures }
        lines += section("Exclusions", ordered) { $0.exclusions }
        lines += section("Malformed texts rejected by the WAT library", ordered) { $0.textRejections }
        return lines.joined(separator: "\n") + "\n"
    }

    private static var legacyRewrites: String {
        SpecLegacySyntax.renames.keys.sorted().map { script in
            let renames = SpecLegacySyntax.renames[script, default: []].map { "`\($0.old)` → `\($0.new)`" }
            return "\(script) (\(renames.joined(separator: ", ")))"
        }.joined(separator: "; ")
    }

    private static func row(_ report: SpecScriptReport) -> String {
        cells(report.script, counts: report.counts)
    }

    private static func totalRow(_ reports: [SpecScriptReport]) -> String {
        var counts: [SpecDirectiveKind: SpecCounts] = [:]
        for report in reports {
            counts.merge(report.counts, uniquingKeysWith: +)
        }
        return cells("**total (\(reports.count) scripts)**", counts: counts)
    }

    private static func cells(_ title: String, counts: [SpecDirectiveKind: SpecCounts]) -> String {
        let other = SpecDirectiveKind.allCases.filter { !columns.contains($0) }
            .reduce(SpecCounts()) { $0 + (counts[$1] ?? SpecCounts()) }
        let total = counts.values.reduce(SpecCounts(), +)
        let perKind = columns.map { cell(counts[$0] ?? SpecCounts()) } + [cell(other)]
        return "| \(title) | " + perKind.joined(separator: " | ")
            + " | \(total.passed) | \(total.failed) | \(total.excluded) |"
    }

    private static func cell(_ counts: SpecCounts) -> String {
        counts.total == 0 ? "" : "\(counts.passed)/\(counts.failed)/\(counts.excluded)"
    }

    private static func section(
        _ title: String, _ reports: [SpecScriptReport], _ findings: (SpecScriptReport) -> [SpecFinding]
    ) -> [String] {
        let items = reports.flatMap { report in
            findings(report).map { "- \(report.script):\($0.line) \($0.kind.rawValue): \(clip($0.detail))" }
        }
        return items.isEmpty ? [] : ["", "## \(title) (\(items.count))", ""] + items
    }

    private static func clip(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 300 ? String(flat.prefix(300)) + "…" : flat
    }
}
