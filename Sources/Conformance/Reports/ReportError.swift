import Foundation

/// Why a report, a baseline or the known-failure list could not be read or written.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be read at all.
    case unreadable(path: String, cause: String)
    /// A report file or folder could not be written.
    case unwritable(path: String, cause: String)
    /// A JSON report (e.g. a baseline) is not in the format `JSONReport` writes; `what` names the field.
    case malformedJSONReport(path: String, what: String)
    /// A report could not be encoded.
    case unencodable(what: String)
    /// A line of the known-failure list is invalid.
    case malformedKnownFailures(path: String, line: Int, what: String)
    /// A baseline made with other `--compare` fields than this run: its passes mean something else.
    case compareModeMismatch(path: String, baseline: CompareMode, run: CompareMode)

    public var description: String {
        switch self {
        case .unreadable(let path, let cause): "cannot read \(path): \(cause)"
        case .unwritable(let path, let cause): "cannot write \(path): \(cause)"
        case .malformedJSONReport(let path, let what): "\(path): not a conformance JSON report: \(what)"
        case .unencodable(let what): "cannot encode \(what)"
        case .malformedKnownFailures(let path, let line, let what): "\(path):\(line): \(what)"
        case .compareModeMismatch(let path, let baseline, let run):
            "\(path) was made with --compare \(baseline), this run uses --compare \(run): "
                + "compare with a baseline made in the same mode"
        }
    }
}

/// File-system helpers shared by the report writers, mapping Foundation errors to `ReportError`.
enum ReportFiles {
    static func write(_ data: Data, to url: URL) throws(ReportError) {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw .unwritable(path: url.path, cause: describe(error))
        }
    }

    static func write(_ text: String, to url: URL) throws(ReportError) {
        try write(Data(text.utf8), to: url)
    }

    static func read(_ url: URL) throws(ReportError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, cause: describe(error))
        }
    }

    /// Foundation's NSError descriptions are verbose domain/code dumps; the localized text is what a user needs.
    static func describe(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
