// bench-wasm: CPU-bound Wasm run four ways (raw WasmKit, raw WasmRuntime, instrumented on
// WasmRuntime as the FVM runs it, wasmtime), plus bundle preparation and instance costs when the
// actor bundles are present.
import Actors
import FVMWasm
import Foundation
import WAT
import WasmKit
import WasmRuntime

struct Workload {
    var name: String
    var argument: UInt32
    var text: String
}

let workloads: [Workload] = [
    Workload(
        name: "hash", argument: 400,
        text: """
            (module
              (memory (export "memory") 2)
              (func (export "invoke") (param $n i32) (result i32) (local $i i32) (local $h i32) (local $p i32)
                (block $filled (loop $fill
                  (br_if $filled (i32.ge_u (local.get $i) (i32.const 65536)))
                  (i32.store8 (local.get $i) (i32.mul (local.get $i) (i32.const 31)))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $fill)))
                (local.set $h (i32.const 0x811c9dc5))
                (block $done (loop $pass
                  (br_if $done (i32.eqz (local.get $n)))
                  (local.set $p (i32.const 0))
                  (block $end (loop $word
                    (br_if $end (i32.ge_u (local.get $p) (i32.const 65536)))
                    (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load (local.get $p))) (i32.const 0x01000193)))
                    (local.set $h (i32.xor (local.get $h) (i32.rotl (local.get $h) (i32.const 13))))
                    (local.set $p (i32.add (local.get $p) (i32.const 4)))
                    (br $word)))
                  (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                  (br $pass)))
                (local.get $h)))
            """),
    Workload(
        name: "recursive", argument: 30,
        text: """
            (module
              (memory (export "memory") 1)
              (func $fib (param i32) (result i32)
                (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
                  (then (local.get 0))
                  (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                                 (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
              (func (export "invoke") (param i32) (result i32) (call $fib (local.get 0))))
            """),
    Workload(
        name: "memcopy", argument: 200000,
        text: """
            (module
              (memory (export "memory") 16)
              (func (export "invoke") (param $n i32) (result i32) (local $i i32)
                (block $d (loop $l
                  (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
                  (memory.copy (i32.and (i32.mul (local.get $i) (i32.const 28672)) (i32.const 0xEF000))
                               (i32.and (i32.mul (local.get $i) (i32.const 12288)) (i32.const 0xEF000))
                               (i32.const 4096))
                  (memory.fill (i32.and (i32.mul (local.get $i) (i32.const 4096)) (i32.const 0xEF000))
                               (local.get $i) (i32.const 256))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $l)))
                (i32.load (i32.const 4096))))
            """),
    Workload(
        name: "cbor", argument: 400,
        text: """
            (module
              (memory (export "memory") 1)
              (func $gen (result i32) (local $p i32) (local $k i32) (local $major i32) (local $len i32)
                (block $d (loop $l
                  (br_if $d (i32.ge_u (local.get $p) (i32.const 60000)))
                  (local.set $major (i32.rem_u (local.get $k) (i32.const 6)))
                  (local.set $len (i32.and (local.get $k) (i32.const 15)))
                  (i32.store8 (local.get $p) (i32.or (i32.shl (local.get $major) (i32.const 5)) (i32.const 24)))
                  (i32.store8 offset=1 (local.get $p) (local.get $len))
                  (local.set $p (i32.add (local.get $p) (i32.const 2)))
                  (if (i32.or (i32.eq (local.get $major) (i32.const 2)) (i32.eq (local.get $major) (i32.const 3)))
                    (then (local.set $p (i32.add (local.get $p) (local.get $len)))))
                  (local.set $k (i32.add (local.get $k) (i32.const 1)))
                  (br $l)))
                (local.get $p))
              (func $parse (param $end i32) (result i32) (local $p i32) (local $b i32) (local $len i32) (local $acc i32)
                (block $done (loop $next
                  (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
                  (local.set $b (i32.load8_u (local.get $p)))
                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                  (local.set $len (i32.and (local.get $b) (i32.const 31)))
                  (if (i32.eq (local.get $len) (i32.const 24)) (then
                    (local.set $len (i32.load8_u (local.get $p)))
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))))
                  (block $bytes (block $arr (block $int
                    (br_table $int $int $bytes $bytes $arr $arr $int (i32.shr_u (local.get $b) (i32.const 5))))
                    (local.set $acc (i32.add (local.get $acc) (local.get $len)))
                    (br $next))
                  (local.set $acc (i32.xor (local.get $acc) (i32.mul (local.get $len) (i32.const 3))))
                  (br $next))
                  (local.set $acc (i32.add (local.get $acc) (i32.load8_u (local.get $p))))
                  (local.set $p (i32.add (local.get $p) (local.get $len)))
                  (br $next)))
                (local.get $acc))
              (func (export "invoke") (param $n i32) (result i32) (local $end i32) (local $acc i32)
                (local.set $end (call $gen))
                (block $d (loop $l
                  (br_if $d (i32.eqz (local.get $n)))
                  (local.set $acc (i32.add (local.get $acc) (call $parse (local.get $end))))
                  (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                  (br $l)))
                (local.get $acc)))
            """),
]

final class UnlimitedGas: ExecutionGasTracker {
    var used: Int64 = 0
    var availableMilligas: Int64 { Int64.max / 2 - used }
    func chargeExecution(milligas: Int64) -> Bool {
        used += milligas
        return true
    }
}

func bestOf(_ n: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<n {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    }
    return best
}

func fmt(_ seconds: Double?) -> String {
    guard let seconds else { return "      n/a" }
    return seconds < 0.01 ? String(format: "%7.3f ms", seconds * 1000) : String(format: "%8.3f s", seconds)
}

func ratio(_ a: Double?, _ b: Double?) -> String {
    guard let a, let b, b > 0 else { return "   n/a" }
    return String(format: "%6.2fx", a / b)
}

// Arguments: --python PATH --script PATH
var python = "python3"
var script = "scripts/wasm/wasmtime_bench.py"
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--python": python = args.next() ?? python
    case "--script": script = args.next() ?? script
    default: break
    }
}

let outDir = FileManager.default.temporaryDirectory.appendingPathComponent("bench-wasm-\(getpid())")
try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: outDir) }

var raw: [String: Double] = [:]
var ours: [String: Double] = [:]
var interpreted: [String: Double] = [:]
var interpreterConfiguration = RuntimeConfiguration()
interpreterConfiguration.engine = .interpreter
var instrumented: [String: Double] = [:]
let engine = WasmEngine(profile: .nv18, hostFunctions: HostFunctionTable())
for w in workloads {
    let wasm = try wat2wasm(w.text)
    try Data(wasm).write(to: outDir.appendingPathComponent("workload-\(w.name).wasm"))
    try String(w.argument).write(
        to: outDir.appendingPathComponent("workload-\(w.name).arg"), atomically: true, encoding: .utf8)

    let rawEngine = Engine(configuration: EngineConfiguration(compilationMode: .eager))
    let store = Store(engine: rawEngine)
    let instance = try parseWasm(bytes: wasm).instantiate(store: store)
    let invoke = instance.exports[function: "invoke"]!
    var rawResult: [WasmKit.Value] = []
    raw[w.name] = try bestOf(3) { rawResult = try invoke([.i32(w.argument)]) }

    let runtimeInstance = try Instance(module: CompiledModule(bytes: wasm), imports: { _, _ in nil })
    guard case .function(let runtimeInvoke)? = runtimeInstance.export("invoke") else { fatalError("no invoke") }
    var oursResult: [WasmRuntime.Value] = []
    ours[w.name] = try bestOf(3) { oursResult = try runtimeInvoke.invoke([.i32(w.argument)]) }
    if case .i32(let a)? = oursResult.first, case .i32(let b)? = rawResult.first, a == b {
    } else {
        print("warning: \(w.name): WasmRuntime result \(oursResult) differs from WasmKit's \(rawResult)")
    }
    let interpreterInstance = try Instance(
        module: CompiledModule(bytes: wasm, configuration: interpreterConfiguration), imports: { _, _ in nil },
        configuration: interpreterConfiguration)
    guard case .function(let interpreterInvoke)? = interpreterInstance.export("invoke") else { fatalError("no invoke") }
    var interpreterResult: [WasmRuntime.Value] = []
    interpreted[w.name] = try bestOf(3) { interpreterResult = try interpreterInvoke.invoke([.i32(w.argument)]) }
    if interpreterResult != oursResult {
        print("warning: \(w.name): interpreter result \(interpreterResult) differs from native \(oursResult)")
    }

    let module = try engine.prepare(codeID: w.name, wasm: wasm)
    var outcome: InvocationOutcome = .outOfGas
    instrumented[w.name] = bestOf(3) { outcome = engine.invoke(module, parameter: w.argument, gas: UnlimitedGas()) }
    if case .returned(let id) = outcome, case .i32(id) = rawResult.first {
    } else {
        print("warning: \(w.name): instrumented result \(outcome) differs from raw \(rawResult)")
    }
}

// Bundle figures (v10 = nv18).
var bundleLines: [String] = []
if let path = BundleLocator(explicit: nil).locate("v10.tar.zst") {
    let bundle = try ActorBundle.load(from: URL(fileURLWithPath: path))
    let modules = try bundle.mainnetModules()
    var hosts = HostFunctionTable()
    for m in modules {
        hosts.merge(try .stubs(forImportsOf: m.wasm))
        try Data(m.wasm).write(to: outDir.appendingPathComponent("bundle-\(m.name).wasm"))
    }
    let instrumentTime = try bestOf(1) {
        for m in modules { _ = try ModuleInstrumenter.instrument(m.wasm, rules: .nv18) }
    }
    let bundleEngine = WasmEngine(profile: .nv18, hostFunctions: hosts)
    let prepareTime = try bestOf(1) {
        for m in modules { _ = try bundleEngine.prepare(codeID: m.code.description, wasm: m.wasm) }
    }
    bundleLines.append("v10 bundle: \(modules.count) modules, \(modules.reduce(0) { $0 + $1.wasm.count } / 1024) KiB")
    bundleLines.append("  parse + validate + instrument (all modules):          \(fmt(instrumentTime))")
    bundleLines.append("  ... + WasmRuntime validate, translate, 1 instance:    \(fmt(prepareTime))")
    if let miner = modules.first(where: { $0.name == "storageminer" }) {
        let module = try bundleEngine.prepare(codeID: miner.code.description, wasm: miner.wasm)
        let n = 200
        let pooled =
            bestOf(3) {
                for _ in 0..<n { _ = bundleEngine.invoke(module, parameter: 1, gas: UnlimitedGas()) }
            } / Double(n)
        bundleEngine.poolingEnabled = false
        let fresh =
            bestOf(1) {
                for _ in 0..<5 { _ = bundleEngine.invoke(module, parameter: 1, gas: UnlimitedGas()) }
            } / 5
        bundleEngine.poolingEnabled = true
        bundleLines.append("  miner invocation overhead (invoke -> first syscall -> return, reset included):")
        bundleLines.append(
            "    pooled reset instance: \(fmt(pooled))   fresh instance: \(fmt(fresh))   (\(ratio(fresh, pooled)))")
    }
} else {
    bundleLines.append("v10 bundle not found: bundle figures skipped")
}

// wasmtime, through the Python package.
var wasmtime: [String: Double] = [:]
var compile: [String: Double] = [:]
var wasmtimeNote = ""
let process = Process()
process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
process.arguments = [python, script, outDir.path]
let pipe = Pipe()
process.standardOutput = pipe
do {
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
        if let e = json["error"] as? String { wasmtimeNote = e }
        wasmtime = json["workloads"] as? [String: Double] ?? [:]
        compile = json["compile"] as? [String: Double] ?? [:]
        if let v = json["version"] as? String { wasmtimeNote = "wasmtime (Python) \(v)" }
    }
} catch {
    wasmtimeNote = "could not run \(script): \(error)"
}

print(
    "bench-wasm (best of 3; ours = WasmRuntime \(RuntimeConfiguration().engine); instrumented = nv18 rules on it, pooled instance)"
)
print(
    "workload    raw WasmKit   raw interp    raw ours      instrumented   wasmtime     ours/WasmKit  ours/interp  ours/wasmtime  instr/ours"
)
for w in workloads {
    let k = raw[w.name], n = interpreted[w.name], o = ours[w.name], i = instrumented[w.name], t = wasmtime[w.name]
    print(
        "\(w.name.padding(toLength: 10, withPad: " ", startingAt: 0))  \(fmt(k))   \(fmt(n))   \(fmt(o))   \(fmt(i))   \(fmt(t))   \(ratio(o, k))       \(ratio(o, n))      \(ratio(o, t))        \(ratio(i, o))"
    )
}
if !wasmtimeNote.isEmpty { print(wasmtimeNote) }
for line in bundleLines { print(line) }
if !compile.isEmpty {
    print("  wasmtime compile of the same \(compile.count) modules: \(fmt(compile.values.reduce(0, +)))")
}
