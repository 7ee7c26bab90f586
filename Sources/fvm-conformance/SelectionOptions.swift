import ArgumentParser
import Foundation

/// Which vector files a multi-vector command takes, and how many run at once.
struct SelectionOptions: ParsableArguments {
    @Option(help: "Only take vector files whose path matches this regular expression.")
    var filter: String?

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}
