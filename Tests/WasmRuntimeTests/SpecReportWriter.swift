import Foundation
import Synchronization

/// Collects the reports of the scripts, which run in parallel, and rewrites the markdown
/// report after each, so that the file is complete once the last script is done.
final class SpecReportWriter: Sendable {
    static let shared = SpecReportWriter()

    private let reports = Mutex<[String: [String: SpecScriptReport]]>([:])

    func record(_ report: SpecScriptReport) {
        let byScript = reports.withLock { all in
            all[report.engine, default: [:]][report.script] = report
            return all[report.engine]!
        }
        let markdown = SpecReportMarkdown.render(engine: report.engine, reports: byScript)
        let url = Self.url(engine: report.engine)
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? markdown.write(to: url, atomically: true, encoding: .utf8)
    }

    static func url(engine: String) -> URL {
        let name =
            engine == SpecEngineChoice.wasmRuntime.rawValue ? "spectest-report.md" : "spectest-report-\(engine).md"
        return SpecTestsuite.packageRoot.appendingPathComponent(".build/\(name)")
    }
}
