import Conformance
import Foundation

/// Appends to a CI job-summary file, as CI steps append to `$GITHUB_STEP_SUMMARY`.
enum StepSummaryFile {
    static func append(_ text: String, to path: String) throws(ReportError) {
        let url = URL(fileURLWithPath: path)
        do {
            if !FileManager.default.fileExists(atPath: path) {
                try Data().write(to: url)
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw .unwritable(path: path, cause: (error as NSError).localizedDescription)
        }
    }
}
