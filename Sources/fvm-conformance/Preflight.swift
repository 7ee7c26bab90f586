import ArgumentParser
import Conformance
import Foundation

/// Inputs a run cannot do without, checked before anything executes so that a missing bundle is
/// one configuration error (exit 2) rather than a skip or regression per vector.
enum Preflight {
    static func check(runner: ConformanceRunner, defaultInputs: Bool) throws {
        if defaultInputs, let path = runner.options.paths.first, !FileManager.default.fileExists(atPath: path) {
            throw configurationError(
                ["the official vectors are not at \(path)"],
                fix: "`make vectors` fetches them (pinned commit), or name vector files or folders as arguments")
        }
        let problems = runner.bundles.problems()
        guard !problems.isEmpty else { return }
        throw configurationError(
            problems + ["searched: \(runner.bundles.locator.searchedDescription)"],
            fix: "`make bundles` fetches the pinned bundles (or takes the verified copy in ../shared/bundles); "
                + "or pass --bundles DIR / set FVM_BUNDLES=DIR to a folder holding v9.tar.zst and v10.tar.zst")
    }

    static func configurationError(_ lines: [String], fix: String) -> Error {
        let text = (["cannot run the vectors:"] + lines.map { "  " + $0 } + ["  fix: " + fix]).joined(separator: "\n")
        Console.error("error: " + text)
        return ExitCode(2)
    }
}
