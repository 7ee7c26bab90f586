import Conformance
import FVMWasm
import Foundation
import Kernel
import Testing
import TestSupport

/// The official corpus, one test case per vector file, judged against the committed baseline:
/// a vector that passed in `Reports/results.json` must still pass; one listed in
/// `KnownFailures.txt` may fail. Runs only in optimised builds (`swift test -c release`,
/// which `make test` uses) because the Wasm interpreter is too slow unoptimised.
/// `FVM_VECTOR=<regex>` narrows the cases, e.g. `FVM_VECTOR=PreCommitSector swift test -c release --filter ConformanceCorpus`.
@Suite struct ConformanceCorpusTests {
    static let bundlesPresent = Corpus.bundlesPresent

    static var optimised: Bool {
        #if DEBUG
            false
        #else
            true
        #endif
    }

    /// Why the corpus cannot run here, nil when it can.
    static let blocker: String? = {
        if !Corpus.vectorsPresent { return "official vectors not found: run `make vectors`" }
        if !bundlesPresent { return "actor bundles v9.tar.zst / v10.tar.zst not found: run `make bundles`" }
        if !optimised {
            return
                "unoptimised build: the Wasm interpreter is too slow for the corpus in debug; run `swift test -c release` (make test does)"
        }
        return nil
    }()

    static var runnable: Bool { blocker == nil }
    static let skipReason = Comment(rawValue: "conformance corpus skipped: " + (blocker ?? ""))

    /// Vector files relative to the corpus folder (empty when the corpus cannot run here).
    static let cases: [String] = {
        guard runnable, let dir = Corpus.directory else { return [] }
        var files = Corpus.files.map { String($0.path.dropFirst(dir.path.count + 1)) }
        if let regex = narrowing {
            files = files.filter { regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
        }
        return files
    }()

    /// `FVM_VECTOR=<regex>`, when set.
    static let narrowing: NSRegularExpression? = ProcessInfo.processInfo.environment["FVM_VECTOR"].flatMap {
        try? NSRegularExpression(pattern: $0)
    }

    static let runner = ConformanceRunnerFixture()

    /// The gate `make test` sets up (FVM_REQUIRE_CORPUS): absent data or an empty corpus fails.
    @Test(.enabled(if: Corpus.required, "FVM_REQUIRE_CORPUS is not set (make test sets it)"))
    func corpusRunsInFull() {
        #expect(Self.blocker == nil, "the conformance gate cannot run: \(Self.blocker ?? "")")
        #expect(!Self.cases.isEmpty, "the conformance corpus selected no vector")
        if Self.narrowing == nil {
            #expect(
                Self.cases.count == Corpus.files.count,
                "\(Self.cases.count) of \(Corpus.files.count) vector files selected")
        }
    }

    @Test(.enabled(if: runnable, skipReason), arguments: cases) func vector(_ file: String) throws {
        let results = try Self.runner.run(file)
        #expect(!results.isEmpty)
        for result in results {
            // Charge by charge against the independent executor, for every vector it traced.
            if result.status == .pass, let oracle = Self.runner.oracle,
                let expected = try oracle.charges(for: result.id)
            {
                let ours = GasTraceOracle.charges(of: Self.runner.trace(of: result.id))
                let divergence = GasTraceOracle.firstDivergence(oracle: expected, ours: ours)
                #expect(divergence == nil, "\(result.id): gas trace leaves the oracle's at \(divergence ?? "")")
            }
            let expectation = Self.runner.expectation(for: result)
            switch expectation {
            case .mustPass:
                #expect(
                    result.status == .pass,
                    "\(result.id) [\(result.variant ?? "")]: \(result.status.rawValue): \(result.reason ?? "")\n\(result.detail ?? "")"
                )
            case .knownFailure(let reason):
                #expect(result.status != .pass, "\(result.id) now passes: remove it from KnownFailures.txt (\(reason))")
            case .notRequired:
                #expect(result.status != .error, "\(result.id): \(result.reason ?? "")")
            }
        }
    }
}

/// Shared state of the corpus cases: one runner (bundles loaded once), the list and the baseline.
final class ConformanceRunnerFixture: @unchecked Sendable {
    enum Expectation { case mustPass, knownFailure(String), notRequired }

    let runner: VectorRunner
    let knownFailures: KnownFailureList
    let baselinePasses: Set<String>
    let oracle = GasTraceOracle.beside(Corpus.packageRoot)
    private let traces = TraceStore()

    init() {
        let root = Corpus.packageRoot
        let corpus = ConformanceRunner(
            options: RunOptions(paths: [Corpus.directory?.path ?? "."]),
            workingDirectory: root.path)
        let store = traces
        runner = corpus.makeVectorRunner(tracer: { id, entries in store.put(id, entries) })
        knownFailures =
            (try? KnownFailureList.load(from: root.appendingPathComponent("KnownFailures.txt"))) ?? KnownFailureList()
        let baseline = try? JSONReport.read(from: root.appendingPathComponent("Reports/results.json"))
        baselinePasses = Set((baseline?.results ?? []).filter { $0.status == .pass }.map(\.id))
    }

    /// Runs one file on a thread with a large native stack, as the CLI's workers do.
    func run(_ file: String) throws -> [VectorResult] {
        guard let dir = Corpus.directory else { return [] }
        let vector = VectorFile(path: dir.appendingPathComponent(file).path, displayPath: file)
        return ActorThread.run { [runner] in runner.run(vector) }
    }

    /// The gas trace recorded for vector `id` (empty if none).
    func trace(of id: String) -> [GasTraceEntry] { traces.get(id) }

    /// Traces by vector id, written by the worker threads.
    private final class TraceStore: @unchecked Sendable {
        private let lock = NSLock()
        private var traces: [String: [GasTraceEntry]] = [:]

        func put(_ id: String, _ entries: [GasTraceEntry]) {
            lock.lock()
            traces[id] = entries
            lock.unlock()
        }

        func get(_ id: String) -> [GasTraceEntry] {
            lock.lock()
            defer { lock.unlock() }
            return traces[id] ?? []
        }
    }

    func expectation(for result: VectorResult) -> Expectation {
        if let entry = knownFailures.entry(matching: result) { return .knownFailure(entry.reason) }
        // Without a baseline every vector must pass; with one, what it recorded as passing.
        return baselinePasses.isEmpty || baselinePasses.contains(result.id) ? .mustPass : .notRequired
    }
}
