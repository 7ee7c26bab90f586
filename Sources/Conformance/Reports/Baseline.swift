import Foundation

/// A run compared with a baseline (a previous JSON report), vector variant by vector variant.
///
/// Variants are keyed by (vector id, variant), so a baseline stays valid when the corpus is reached
/// through another path; an (id, variant) that occurs more than once on either side is keyed by its
/// file too. Categories are disjoint:
/// - `newlyFailing`: passed in the baseline, now fail, error, skip or xfail (a regression);
/// - `missing`: in the baseline, absent now (a regression if it passed);
/// - `newlyPassing`: did not pass in the baseline, passes now (an improvement);
/// - `newlySkipped`: failed, errored or was an expected failure in the baseline, skipped now;
/// - `otherChanges`: any other status change (e.g. skip to fail once execution lands);
/// - `added`: absent from the baseline.
public struct BaselineComparison: Sendable {
    /// One variant whose status differs between the baseline and this run.
    public struct Change: Sendable, Equatable {
        /// Vector file (of the current result; of the baseline's when missing).
        public var file: String
        /// Vector id.
        public var id: String
        /// Variant id.
        public var variant: String?
        /// Network version of the variant.
        public var nv: Int?
        /// Status in the baseline; nil when the variant is new.
        public var before: VectorStatus?
        /// Status now; nil when the variant is missing from this run.
        public var after: VectorStatus?
        /// Reason of the current result (of the baseline's one when missing).
        public var reason: String?

        /// `id` or `id/variant`, how the console and Markdown name the variant.
        public var name: String { variant.map { "\(id)/\($0)" } ?? id }
    }

    /// Passed in the baseline; now fail, error, skip or xfail.
    public var newlyFailing: [Change] = []
    /// In the baseline (any status), absent now.
    public var missing: [Change] = []
    /// Did not pass in the baseline, pass now.
    public var newlyPassing: [Change] = []
    /// Failed, errored or expected to fail in the baseline; skipped now.
    public var newlySkipped: [Change] = []
    /// Any other status change, e.g. skip to fail.
    public var otherChanges: [Change] = []
    /// Absent from the baseline.
    public var added: [Change] = []
    /// Variants present on both sides, changed or not.
    public var compared = 0
    /// Where the baseline came from, for messages and reports: the path as given (a relative path
    /// stays relative, so committed reports do not carry the machine's folders), or "baseline".
    public var source: String

    /// Changes that fail the run: every variant that passed in the baseline and does not pass now.
    public var regressions: [Change] {
        Self.ordered(newlyFailing + missing.filter { $0.before == .pass })
    }

    /// Whether any variant that passed in the baseline does not pass now (fail, error, skip, xfail or missing).
    public var isRegression: Bool { !regressions.isEmpty }

    /// Compares `current` with `baseline`; `inScope` limits which baseline variants are expected in
    /// this run (e.g. those a `--filter` selects), so a partial run does not report the rest missing.
    public init(
        baseline: RunReport, current: RunReport, source: String = "baseline",
        inScope: (VectorResult) -> Bool = { _ in true }
    ) {
        self.source = source
        let before = baseline.results.filter(inScope)
        let after = current.results
        let ambiguous = Self.ambiguousKeys(before).union(Self.ambiguousKeys(after))
        func key(_ r: VectorResult) -> String {
            let short = Self.shortKey(r)
            return ambiguous.contains(short) ? short + "\u{0}" + r.file : short
        }
        // Exact duplicates (same file, id and variant) keep the canonical first one on each side.
        var old: [String: VectorResult] = [:]
        for r in ReportFormat.canonical(before) where old[key(r)] == nil { old[key(r)] = r }
        var new: [String: VectorResult] = [:]
        for r in ReportFormat.canonical(after) where new[key(r)] == nil { new[key(r)] = r }

        for (k, was) in old {
            guard let now = new[k] else {
                missing.append(Self.change(was, before: was.status, after: nil))
                continue
            }
            compared += 1
            guard was.status != now.status else { continue }
            let change = Self.change(now, before: was.status, after: now.status)
            switch (was.status, now.status) {
            case (.pass, _): newlyFailing.append(change)
            case (_, .pass): newlyPassing.append(change)
            case (_, .skip): newlySkipped.append(change)
            default: otherChanges.append(change)
            }
        }
        for (k, now) in new where old[k] == nil {
            added.append(Self.change(now, before: nil, after: now.status))
        }
        newlyFailing = Self.ordered(newlyFailing)
        missing = Self.ordered(missing)
        newlyPassing = Self.ordered(newlyPassing)
        newlySkipped = Self.ordered(newlySkipped)
        otherChanges = Self.ordered(otherChanges)
        added = Self.ordered(added)
    }

    /// Reads the baseline JSON report at `url` and compares `current` with it; a baseline made with
    /// other `--compare` fields is refused rather than compared.
    public static func load(
        baseline url: URL, current: RunReport,
        inScope: (VectorResult) -> Bool = { _ in true }
    ) throws(ReportError) -> BaselineComparison {
        let baseline = try JSONReport.read(from: url)
        guard baseline.compare == current.compare else {
            throw .compareModeMismatch(path: url.relativePath, baseline: baseline.compare, run: current.compare)
        }
        return BaselineComparison(baseline: baseline, current: current, source: url.relativePath, inScope: inScope)
    }

    /// Plain-text summary for the console: one count line, then the regressions and (up to `limit`
    /// per category) the other changes.
    public func consoleSummary(limit: Int = 20) -> String {
        var lines = [
            "Baseline \(source): \(regressions.count) regression(s), \(newlyPassing.count) newly passing, "
                + "\(newlySkipped.count) newly skipped, \(missing.count) missing, \(added.count) added, "
                + "\(otherChanges.count) other change(s), \(compared) compared"
        ]
        // Regressions are listed in full: they are what fails the run.
        for change in regressions { lines.append("  REGRESSION  " + Self.describe(change)) }
        func section(_ title: String, _ changes: [Change]) {
            for change in changes.prefix(limit) { lines.append("  \(title)  " + Self.describe(change)) }
            if changes.count > limit { lines.append("  \(title)  ... and \(changes.count - limit) more") }
        }
        section("IMPROVED  ", newlyPassing)
        section("NEWLY SKIP", newlySkipped)
        section("MISSING   ", missing.filter { $0.before != .pass })
        section("CHANGED   ", otherChanges)
        return lines.joined(separator: "\n")
    }

    /// One line: `nv18 id/variant: pass -> fail (reason)`.
    static func describe(_ change: Change) -> String {
        let before = change.before?.rawValue ?? "absent"
        let after = change.after?.rawValue ?? "missing"
        var text = "\(ReportFormat.networkVersionLabel(change.nv)) \(change.name): \(before) -> \(after)"
        if let reason = change.reason, !reason.isEmpty { text += " (\(reason))" }
        return text
    }

    private static func shortKey(_ r: VectorResult) -> String { r.id + "\u{0}" + (r.variant ?? "") }

    private static func ambiguousKeys(_ results: [VectorResult]) -> Set<String> {
        var files: [String: Set<String>] = [:]
        for r in results { files[shortKey(r), default: []].insert(r.file) }
        return Set(files.filter { $0.value.count > 1 }.keys)
    }

    private static func change(_ r: VectorResult, before: VectorStatus?, after: VectorStatus?) -> Change {
        Change(file: r.file, id: r.id, variant: r.variant, nv: r.nv, before: before, after: after, reason: r.reason)
    }

    private static func ordered(_ changes: [Change]) -> [Change] {
        changes.sorted { a, b in
            if a.nv != b.nv { return ReportFormat.networkVersionOrder(a.nv, b.nv) }
            return (a.file, a.id, a.variant ?? "") < (b.file, b.id, b.variant ?? "")
        }
    }
}
