import Foundation
import TestSupport

/// The built `fvm-conformance` executable, run as a user would: its real entry point, output and exit code.
struct CommandLineTool {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable beside this test bundle (SwiftPM builds every product into one folder), nil when absent.
    static let executable: URL? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("fvm-conformance")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return nil
    }()

    /// Runs the tool with `arguments` in the repository root (where KnownFailures.txt is).
    static func run(_ arguments: [String]) throws -> Outcome {
        guard let executable else { throw ToolMissing() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = Corpus.packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would block the tool.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    struct ToolMissing: Error, CustomStringConvertible {
        var description: String { "fvm-conformance is not built beside the tests: run `swift build` first" }
    }
}
