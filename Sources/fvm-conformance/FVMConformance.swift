import ArgumentParser
import Foundation

/// `fvm-conformance`: runs Filecoin conformance vectors against this FVM and writes reports.
struct FVMConformance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fvm-conformance",
        abstract: "Run Filecoin conformance test vectors against the Swift FVM.",
        subcommands: [
            Run.self, Merge.self, Record.self, Explain.self, Profile.self, FEVM.self, Scenarios.self, Bundles.self,
        ],
        defaultSubcommand: Run.self)

    /// Usage errors exit 2 (the documented contract), not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            if !message.isEmpty { Console.error(message) }
            if code == .validationFailure { Foundation.exit(2) }
            Foundation.exit(code.rawValue)
        }
    }
}
