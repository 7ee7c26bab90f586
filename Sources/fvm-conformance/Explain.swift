import ArgumentParser
import Conformance
import Foundation

/// `explain FILE`: runs one vector and prints each message's call tree.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Run one vector and print each message decoded, with its call tree (actor, method, value, exit code, gas).")

    @Argument(help: "The vector file.")
    var file: String

    @Option(help: "Only this message (0-based index).")
    var message: Int?

    @OptionGroup var diagnosis: DiagnosisOptions

    func run() throws {
        let diagnosis = try diagnosis.diagnose(file)
        if let message, !diagnosis.messages.indices.contains(message) {
            throw ValidationError("\(DiagnosisError.noSuchMessage(message, count: diagnosis.messages.count))")
        }
        print(CallTreeText.render(diagnosis, messageIndex: message), terminator: "")
    }
}
