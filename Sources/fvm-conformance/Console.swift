import Foundation

/// The CLI's two output streams: results on standard output, diagnostics and progress on standard error.
enum Console {
    /// A line of results, written at once (unbuffered) so that a line per variant shows as it finishes.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// A diagnostic line.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Raw text on standard error (the progress line rewrites itself).
    static func progress(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
