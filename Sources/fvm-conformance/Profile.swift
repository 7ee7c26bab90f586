import ArgumentParser
import Conformance
import Foundation

/// `profile FILE --svg out.svg`: a gas flame graph of one vector (or of a JSONL gas trace).
struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Gas flame graph of one vector: message -> invocation (actor::method) -> charge, widths proportional to gas."
    )

    @Argument(help: "The vector file (or, with --from-trace, a JSONL gas trace as `run --trace` writes).")
    var file: String

    @Flag(name: .customLong("from-trace"), help: "FILE is a JSONL gas trace, not a vector: nothing is run.")
    var fromTrace = false

    @Option(help: "Write the SVG flame graph here.")
    var svg: String?

    @Option(help: "Write the collapsed stacks (milligas weights) here, for flame-graph tools and speedscope.")
    var folded: String?

    @OptionGroup var diagnosis: DiagnosisOptions

    func validate() throws {
        if svg == nil && folded == nil { throw ValidationError("nothing to write: give --svg and/or --folded") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let profile = try load()
        if let svg { try write(profile.svg, to: svg) }
        if let folded { try write(profile.stacks.text, to: folded) }
        let elapsed = clock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        print(
            "\(profile.stacks.stacks.count) stacks, \(profile.stacks.total) milligas, \(String(format: "%.1f", ms)) ms")
    }

    func load() throws -> GasProfile {
        guard fromTrace else {
            return GasProfile(try diagnosis.diagnose(file))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        do {
            return try GasProfile(traceJSONL: [UInt8](data), title: (file as NSString).lastPathComponent)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw ValidationError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
