import Conformance
import FVMWasm
import Foundation
import Kernel
import TestSupport
import Testing

/// The native engine against the interpreter on a sample of the corpus that spans both network
/// versions and every actor folder: every actor invocation must end the same way with the same
/// block, every gas charge must be the same, and so must each variant's verdict.
@Suite struct EngineDifferentialTests {
    /// Evenly spread files of each `fil_<version>_<actor>` folder, at most six from each.
    static let sample: [String] = {
        guard let dir = Corpus.directory else { return [] }
        let paths = Corpus.files.map { String($0.path.dropFirst(dir.path.count + 1)) }
        let groups = Dictionary(grouping: paths) { path in
            path.split(separator: "/").first { $0.hasPrefix("fil_") }.map(String.init) ?? ""
        }
        return groups.keys.sorted().flatMap { key -> [String] in
            let files = groups[key]!
            let n = min(6, files.count)
            return (0..<n).map { files[$0 * files.count / n] }
        }
    }()

    /// One engine's view of a file: verdicts, gas traces by vector and invocations in order.
    struct Run {
        var results: [VectorResult]
        var traces: [String: [GasTraceEntry]]
        var invocations: [InvocationRecorder.Invocation]
    }

    @Test(.enabled(if: Corpus.vectorsPresent && Corpus.bundlesPresent, Corpus.vectorsMissing))
    func sampleSpansBothVersionsAndEveryActorFolder() throws {
        let folders = Set(Self.sample.compactMap { $0.split(separator: "/").first { $0.hasPrefix("fil_") } })
        #expect(Self.sample.count >= 50)
        #expect(folders.contains { $0.hasPrefix("fil_9_") } && folders.contains { $0.hasPrefix("fil_10_") })
        let all = Set(Corpus.files.compactMap { $0.pathComponents.first { $0.hasPrefix("fil_") } })
        #expect(folders.count == all.count, "sample covers \(folders.count) of \(all.count) actor folders")
    }

    @Test(
        .enabled(if: Corpus.vectorsPresent && Corpus.bundlesPresent, Corpus.vectorsMissing),
        arguments: sample)
    func nativeMatchesInterpreter(_ file: String) throws {
        let interpreted = try Self.run(file, on: .interpreter)
        let native = try Self.run(file, on: .native)
        // A plain send, or a message out of gas before delivery, invokes no actor code; every one charges gas.
        #expect(!native.traces.isEmpty && native.traces.values.allSatisfy { !$0.isEmpty }, "\(file) has no gas trace")
        #expect(native.invocations == interpreted.invocations, "\(file): invocations differ")
        #expect(native.traces == interpreted.traces, "\(file): gas traces differ")
        let strip = { (r: [VectorResult]) in
            r.map {
                var x = $0; x.durationMs = 0; return x
            }
        }
        #expect(strip(native.results) == strip(interpreted.results), "\(file): verdicts differ")
    }

    static func run(_ file: String, on execution: WasmExecution) throws -> Run {
        let dir = try #require(Corpus.directory)
        let corpus = ConformanceRunner(
            options: RunOptions(paths: [dir.path]), workingDirectory: Corpus.packageRoot.path)
        let engines = WasmEngines(execution: execution)
        let recorder = RecorderBox()
        let traces = TraceBox()
        let runner = VectorRunner(
            bundles: corpus.bundles,
            engine: { prepared in recorder.wrap(WasmActorRunner(engine: engines.engine(for: prepared.profile))) },
            tracer: { id, entries in traces.put(id, entries) })
        let vector = VectorFile(path: dir.appendingPathComponent(file).path, displayPath: file)
        let results = ActorThread.run { runner.run(vector) }
        return Run(results: results, traces: traces.all(), invocations: recorder.invocations())
    }

    /// The recorders of one run's variants, in creation order.
    private final class RecorderBox: @unchecked Sendable {
        private let lock = NSLock()
        private var recorders: [InvocationRecorder] = []

        func wrap(_ runner: ActorCodeRunner) -> ActorCodeRunner {
            let r = InvocationRecorder(runner)
            lock.withLock { recorders.append(r) }
            return r
        }

        func invocations() -> [InvocationRecorder.Invocation] { lock.withLock { recorders.flatMap { $0.take() } } }
    }

    private final class TraceBox: @unchecked Sendable {
        private let lock = NSLock()
        private var traces: [String: [GasTraceEntry]] = [:]
        func put(_ id: String, _ entries: [GasTraceEntry]) { lock.withLock { traces[id] = entries } }
        func all() -> [String: [GasTraceEntry]] { lock.withLock { traces } }
    }
}
