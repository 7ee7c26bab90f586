import Actors
import Conformance
import FVMWasm
import Foundation

// make bench-conformance: the full corpus in release mode with both bundles, plus wasmtime's
// compile time of the same actor modules in the same run. Figures, not a test.

func argument(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

let corpus = argument("--corpus") ?? DefaultPaths.officialCorpus
let jobs = Int(argument("--jobs") ?? "") ?? ProcessInfo.processInfo.activeProcessorCount
let runner = ConformanceRunner(options: RunOptions(paths: [corpus], jobs: jobs))

// Gas the corpus executes, from the vectors' receipts (equal to ours for passing vectors).
var totalGas: UInt64 = 0
for file in (try? runner.files()) ?? [] {
    if let data = FileManager.default.contents(atPath: file.path), let v = try? VectorParser.parse([UInt8](data)) {
        totalGas += v.postconditions.receipts.reduce(0) { $0 + $1.gasUsed }
    }
}

let report: RunReport
do {
    report = try runner.run()
} catch {
    print("error: \(error)")
    exit(2)
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let peakMiB = Double(usage.ru_maxrss) / 1024
let durations = report.results.map(\.durationMs).sorted()
let median = durations.isEmpty ? 0 : durations[durations.count / 2]
let counts = Dictionary(grouping: report.results, by: \.status).mapValues(\.count)

print("== bench-conformance ==")
print(
    "vectors: \(report.results.count) (pass \(counts[.pass] ?? 0), fail \(counts[.fail] ?? 0), skip \(counts[.skip] ?? 0), error \(counts[.error] ?? 0)), jobs \(jobs)"
)
print(String(format: "wall time: %.2f s", report.wallTimeSeconds))
print(String(format: "median vector: %.1f ms", median))
print("slowest vectors:")
for r in report.results.sorted(by: { $0.durationMs > $1.durationMs }).prefix(5) {
    print(String(format: "  %8.1f ms  %@", r.durationMs, r.id))
}
print(
    String(
        format: "throughput: %.1f Mgas/s (%.1f Ggas executed)", Double(totalGas) / report.wallTimeSeconds / 1e6,
        Double(totalGas) / 1e9))
print(String(format: "peak memory (max RSS): %.0f MiB", peakMiB))
print("engine: \(runner.options.engine)")

// The portable interpreter on the same corpus in the same run: the native engine's peer.
var interpreterOptions = RunOptions(paths: [corpus], jobs: jobs)
interpreterOptions.engine = .interpreter
if let interpreted = try? ConformanceRunner(options: interpreterOptions).run() {
    let passes = interpreted.results.filter { $0.status == .pass }.count
    print(
        String(
            format: "interpreter on the same corpus: wall %.2f s (pass %d); native / interpreter = %.2f",
            interpreted.wallTimeSeconds, passes, report.wallTimeSeconds / interpreted.wallTimeSeconds))
}

// The engine alone: translation of every actor module, and one miner invocation (to its first
// syscall, which a stub ends) on a fresh instance and on a pooled one that is reset afterwards.
final class UnmeteredGas: ExecutionGasTracker {
    var availableMilligas: Int64 { 1 << 60 }
    func chargeExecution(milligas: Int64) -> Bool { true }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

for (name, profile) in [("v9.tar.zst", WasmProfile.nv17), ("v10.tar.zst", WasmProfile.nv18)] {
    guard let path = BundleLocator(explicit: argument("--bundles")).locate(name),
        let list = try? ActorBundle.load(from: URL(fileURLWithPath: path)).mainnetModules()
    else { continue }
    var hosts = HostFunctionTable()
    for m in list { if let stubs = try? HostFunctionTable.stubs(forImportsOf: m.wasm) { hosts.merge(stubs) } }
    let engine = WasmEngine(profile: profile, hostFunctions: hosts)
    let prepare =
        (try? seconds { for m in list { _ = try engine.prepare(codeID: m.code.description, wasm: m.wasm) } }) ?? .nan
    print(
        String(format: "%@: instrument + translate + first instance of %d modules: %.3f s", name, list.count, prepare))
    guard let miner = list.first(where: { $0.name == "storageminer" }),
        let module = engine.module(codeID: miner.code.description)
    else { continue }
    let n = 200
    let pooled = seconds { for _ in 0..<n { _ = engine.invoke(module, parameter: 1, gas: UnmeteredGas()) } } / Double(n)
    engine.poolingEnabled = false
    let fresh = seconds { for _ in 0..<20 { _ = engine.invoke(module, parameter: 1, gas: UnmeteredGas()) } } / 20
    engine.poolingEnabled = true
    print(
        String(
            format: "  miner instantiate + invoke + reset: fresh instance %.3f ms, pooled instance %.3f ms",
            fresh * 1000, pooled * 1000))
}

// wasmtime's compile floor for the same modules.
let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fvm-bench-modules-\(getpid())")
try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }
var modules = 0
for name in ["v9.tar.zst", "v10.tar.zst"] {
    guard let path = BundleLocator(explicit: argument("--bundles")).locate(name),
        let bundle = try? ActorBundle.load(from: URL(fileURLWithPath: path)),
        let list = try? bundle.mainnetModules()
    else {
        print("wasmtime compile floor: bundle \(name) not found")
        continue
    }
    for m in list {
        _ = FileManager.default.createFile(
            atPath: dir.appendingPathComponent("\(name.prefix(while: { $0 != "." }))-\(m.name).wasm").path,
            contents: Data(m.wasm))
        modules += 1
    }
}
let process = Process()
process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
process.arguments = ["python3", "scripts/bench/wasmtime_compile.py", dir.path]
let pipe = Pipe()
process.standardOutput = pipe
do {
    try process.run()
    process.waitUntilExit()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    if let line = text.split(separator: "\n").last(where: { $0.hasPrefix("TOTAL") }),
        let seconds = Double(line.split(separator: "\t")[1])
    {
        print(String(format: "wasmtime compile of the %d actor modules: %.2f s", modules, seconds))
        print(String(format: "ratio: our full run / wasmtime compile floor = %.2f", report.wallTimeSeconds / seconds))
    } else {
        print("wasmtime compile floor: not measured (python3 -m pip install wasmtime)")
    }
} catch {
    print("wasmtime compile floor: not measured (\(error))")
}
