import Actors
import Foundation
import Kernel

/// Options of a conformance run.
public struct RunOptions: Sendable {
    public var paths: [String]
    public var bundleDirectory: String?
    public var filter: String?
    public var jobs: Int
    /// Folder for per-vector gas traces (`--trace`), nil for none.
    public var traceDirectory: String?
    /// What a variant must match to pass (`--compare`).
    public var compare: CompareMode
    /// The part of the files this run takes (`--shard K/N`), nil for all.
    public var shard: ShardSpec?
    /// Recorded milliseconds per vector file (display path), from an earlier report: shards are balanced
    /// by them and the longest files start first, so no long file is left to run alone at the end.
    /// Empty balances shards by count and runs files in order.
    public var expectedDurations: [String: Double]
    /// How actor code runs (`--engine`); results are the same either way.
    public var engine: WasmExecution = WasmEngines().execution

    public init(
        paths: [String], bundleDirectory: String? = nil, filter: String? = nil,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, traceDirectory: String? = nil,
        compare: CompareMode = .all, shard: ShardSpec? = nil, expectedDurations: [String: Double] = [:]
    ) {
        self.paths = paths
        self.traceDirectory = traceDirectory
        self.bundleDirectory = bundleDirectory
        self.filter = filter
        self.jobs = max(1, jobs)
        self.compare = compare
        self.shard = shard
        self.expectedDurations = expectedDurations
    }
}

/// Runs vector files on worker threads and collects results in a deterministic order.
public final class ConformanceRunner: @unchecked Sendable {
    public let options: RunOptions
    public let bundles: BundleCatalog

    /// `workingDirectory` anchors the relative places bundles are searched in (`vectors/bundles`,
    /// `../shared/bundles`).
    public init(
        options: RunOptions, environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.options = options
        bundles = BundleCatalog(
            locator: BundleLocator(
                explicit: options.bundleDirectory, environment: environment,
                workingDirectory: workingDirectory))
    }

    /// The files this run covers, after `--filter` and `--shard`, and the shard's record.
    public func selection() throws(RunnerError) -> (files: [VectorFile], shard: ShardRecord?) {
        let all = try files()
        guard let spec = options.shard else { return (all, nil) }
        let paths = all.map(\.displayPath)
        let plan = ShardPlan(files: paths, count: spec.count, durations: options.expectedDurations)
        let mine = Set(plan.files(of: spec))
        let record = ShardRecord(
            spec: spec, totalFiles: Set(paths).count, inputsDigest: ShardPlan.digest(of: paths),
            files: plan.files(of: spec), filter: options.filter)
        return (all.filter { mine.contains($0.displayPath) }, record)
    }

    /// The files this run covers, after `--filter` (every shard's).
    public func files() throws(RunnerError) -> [VectorFile] {
        var files = try VectorFiles.discover(options.paths)
        if let pattern = options.filter {
            let regex: NSRegularExpression
            do {
                regex = try NSRegularExpression(pattern: pattern)
            } catch {
                throw .badFilter(pattern)
            }
            files = files.filter { f in
                regex.firstMatch(in: f.displayPath, range: NSRange(f.displayPath.startIndex..., in: f.displayPath))
                    != nil
            }
        }
        return files
    }

    /// A single-file runner with this run's bundles, engines and tracing.
    public func makeVectorRunner(tracer: (@Sendable (String, [GasTraceEntry]) -> Void)? = nil) -> VectorRunner {
        let engines = WasmEngines(execution: options.engine)
        return VectorRunner(
            bundles: bundles, engine: { prepared in WasmActorRunner(engine: engines.engine(for: prepared.profile)) },
            tracer: tracer, compare: options.compare)
    }

    /// Indices of `files`, the longest expected first; files without a record keep their order, last.
    func longestFirst(_ files: [VectorFile]) -> [Int] {
        let expected = files.map { options.expectedDurations[$0.displayPath] ?? -1 }
        return files.indices.sorted { a, b in
            expected[a] != expected[b] ? expected[a] > expected[b] : a < b
        }
    }

    /// Runs every file; `progress` is called after each file with (done, total, results of that file).
    public func run(progress: (@Sendable (Int, Int, [VectorResult]) -> Void)? = nil) throws(RunnerError) -> RunReport {
        let (files, shard) = try selection()
        let clock = ContinuousClock()
        let start = clock.now
        var tracer: (@Sendable (String, [GasTraceEntry]) -> Void)? = nil
        if let dir = options.traceDirectory {
            do {
                let writer = try TraceWriter(directory: URL(fileURLWithPath: dir))
                tracer = { id, entries in writer.write(id: id, entries: entries) }
            } catch {
                throw .badTraceDirectory(dir)
            }
        }
        let runner = makeVectorRunner(tracer: tracer)
        let all = WorkerPool(jobs: options.jobs).map(count: files.count, order: longestFirst(files)) { index in
            runner.run(files[index])
        } finished: { done, results in
            progress?(done, files.count, results)
        }
        let d = clock.now - start
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return RunReport(
            results: all.flatMap { $0 }, wallTimeSeconds: seconds, compare: options.compare, shard: shard)
    }
}
