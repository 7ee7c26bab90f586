import Foundation

/// Which engines the specification test runs against: ours as the FVM configures it, both as
/// native code and interpreted, unless `SPECTEST_ENGINE` names one (either of those, ours with
/// NaNs left as computed, or the WasmKit oracle).
enum SpecEngineChoice: String, CaseIterable, Sendable {
    case wasmRuntime = "WasmRuntime"
    case wasmRuntimeInterpreter = "WasmRuntime-interpreter"
    case wasmRuntimeExactNaNs = "WasmRuntime-exact-NaNs"
    case wasmKit = "WasmKit"

    /// Nil when the variable names no engine, so that a typo fails instead of testing the default.
    static var selected: [SpecEngineChoice]? {
        guard let name = ProcessInfo.processInfo.environment["SPECTEST_ENGINE"], !name.isEmpty else {
            return [.wasmRuntime, .wasmRuntimeInterpreter]
        }
        return SpecEngineChoice(rawValue: name).map { [$0] }
    }

    func run(_ script: String) throws -> SpecScriptReport {
        switch self {
        case .wasmRuntime: try Self.run(script, on: SpecWasmRuntimeEngine())
        case .wasmRuntimeInterpreter: try Self.run(script, on: SpecWasmRuntimeEngine(execution: .interpreter))
        case .wasmRuntimeExactNaNs: try Self.run(script, on: SpecWasmRuntimeEngine(canonicalizeNaNs: false))
        case .wasmKit: try Self.run(script, on: SpecWasmKitEngine())
        }
    }

    private static func run<Engine: SpecEngine>(_ script: String, on engine: Engine) throws -> SpecScriptReport {
        var runner = try SpecScriptRunner(engine: engine, script: script)
        let text = SpecLegacySyntax.modernize(try SpecTestsuite.text(of: script), script: script)
        return runner.run(text: text)
    }
}
