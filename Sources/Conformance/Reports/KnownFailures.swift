import Foundation

/// The committed list of vectors expected to fail (`KnownFailures.txt` at the repository root).
///
/// Format: UTF-8 text, one entry per line, fields separated by one or more tabs:
///
///     [nvNN|*<TAB>]REGEX<TAB>REASON
///
/// Blank lines and lines starting with `#` are comments. The optional first field restricts the
/// entry to one network version (`*` or no field: any). REGEX (ICU syntax, as `NSRegularExpression`)
/// is searched, unanchored, in the vector's file path and in its id; the first matching entry wins.
///
/// Applying the list: a `fail` or `error` that matches becomes `xfail` with the entry's reason (the
/// original status, reason and detail move to `detail`); a `pass` that matches stays `pass` and is
/// flagged through `knownFailure` as an unexpected pass, which fails the run (see `RunVerdict`) so
/// the stale entry gets removed; `skip` and `xfail` are left alone.
public struct KnownFailureList: Sendable {
    /// One line of the list.
    public struct Entry: Sendable, Equatable {
        /// Network version the entry is limited to; nil for any.
        public let nv: Int?
        /// The regular expression as written in the list.
        public let pattern: String
        /// Why the vector is expected to fail, shown in every report.
        public let reason: String
        /// 1-based line number in the list file, for messages.
        public let line: Int
        let regex: NSRegularExpression

        /// Whether the entry covers this variant.
        public func matches(_ result: VectorResult) -> Bool {
            if let nv, nv != result.nv { return false }
            return Self.search(regex, in: result.file) || Self.search(regex, in: result.id)
        }

        private static func search(_ regex: NSRegularExpression, in text: String) -> Bool {
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.nv == rhs.nv && lhs.pattern == rhs.pattern && lhs.reason == rhs.reason && lhs.line == rhs.line
        }
    }

    /// What applying the list to a run did.
    public struct Application: Sendable {
        /// The run with matching failures turned into expected failures and unexpected passes flagged.
        public var report: RunReport
        /// Passes the list expected to fail: each one makes the run fail until its entry is removed.
        public var unexpectedPasses: [VectorResult]
        /// Entries that matched no variant of this run: stale, or outside a filtered run.
        public var unusedEntries: [Entry]
    }

    /// The list's default location, relative to the working directory (the repository root).
    public static let defaultPath = "KnownFailures.txt"

    /// The entries in file order (the first match wins).
    public private(set) var entries: [Entry]

    /// An empty list, for runs without one.
    public init() { entries = [] }

    /// Parses the list's text; `source` names the input in errors.
    public init(parsing text: String, source: String) throws(ReportError) {
        entries = []
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            entries.append(try Self.parseEntry(line, number: index + 1, source: source))
        }
    }

    /// Reads and parses the list at `url`.
    public static func load(from url: URL) throws(ReportError) -> KnownFailureList {
        let data = try ReportFiles.read(url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformedKnownFailures(path: url.path, line: 0, what: "not UTF-8 text")
        }
        return try KnownFailureList(parsing: text, source: url.path)
    }

    /// The first entry covering this variant, if any.
    public func entry(matching result: VectorResult) -> Entry? {
        entries.first { $0.matches(result) }
    }

    /// Applies the list to every result of a run (idempotent).
    public func apply(to report: RunReport) -> Application {
        var used = Set<Int>()
        var unexpected: [VectorResult] = []
        let results = report.results.map { original -> VectorResult in
            guard let index = entries.firstIndex(where: { $0.matches(original) }) else { return original }
            used.insert(index)
            let entry = entries[index]
            var result = original
            switch original.status {
            case .fail, .error:
                result.status = .expectedFailure
                result.reason = entry.reason
                result.detail = Self.originalOutcome(original)
                result.knownFailure = entry.reason
            case .pass:
                result.knownFailure = entry.reason
                unexpected.append(result)
            case .skip, .expectedFailure:
                break
            }
            return result
        }
        let unused = entries.indices.filter { !used.contains($0) }.map { entries[$0] }
        var applied = report
        applied.results = results
        return Application(
            report: applied,
            unexpectedPasses: ReportFormat.canonical(unexpected), unusedEntries: unused)
    }

    private static func originalOutcome(_ result: VectorResult) -> String {
        var text = "\(result.status.rawValue): \(result.reason ?? "no reason given")"
        if let detail = result.detail, !detail.isEmpty { text += "\n" + detail }
        return text
    }

    private static func parseEntry(_ line: String, number: Int, source: String) throws(ReportError) -> Entry {
        func invalid(_ what: String) -> ReportError {
            .malformedKnownFailures(path: source, line: number, what: what)
        }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var nv: Int?
        let pattern: String
        let reason: String
        switch fields.count {
        case 2:
            (pattern, reason) = (fields[0], fields[1])
        case 3:
            (pattern, reason) = (fields[1], fields[2])
            if fields[0] != "*" {
                guard fields[0].hasPrefix("nv"), let version = Int(fields[0].dropFirst(2)), version >= 0 else {
                    throw invalid("network version field \"\(fields[0])\" is not nvNN or *")
                }
                nv = version
            }
        default:
            throw invalid("expected [nvNN<TAB>]REGEX<TAB>REASON separated by tabs, found \(fields.count) field(s)")
        }
        guard !pattern.isEmpty else { throw invalid("empty pattern") }
        guard !reason.isEmpty else { throw invalid("empty reason") }
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: pattern)
        } catch {
            throw invalid("invalid regular expression \"\(pattern)\"")
        }
        return Entry(nv: nv, pattern: pattern, reason: reason, line: number, regex: regex)
    }
}
