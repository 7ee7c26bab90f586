import WAT
import WasmRuntime

/// Compiles WAT text with the runtime's default configuration (or `configuration`).
func compile(_ text: String, configuration: RuntimeConfiguration = .init()) throws -> CompiledModule {
    try CompiledModule(bytes: try wat2wasm(text), configuration: configuration)
}

/// Compiles and instantiates WAT text with the given imports.
func instantiate(
    _ text: String, configuration: RuntimeConfiguration = .init(),
    imports: [String: ExternalValue] = [:]
) throws -> Instance {
    let m = try compile(text, configuration: configuration)
    return try Instance(module: m, imports: { imports["\($0).\($1)"] }, configuration: configuration)
}

/// The trap an invocation ended with, or nil when it returned.
func trap(_ body: () throws -> [Value]) -> Trap? {
    do {
        _ = try body()
        return nil
    } catch let error as ExecutionError {
        if case .trap(let t) = error { return t }
        return nil
    } catch {
        return nil
    }
}

extension Instance {
    func i32(_ name: String, _ args: Value...) throws -> UInt32 {
        guard case .i32(let v) = try invoke(name, args).first else { throw TestFailure.wrongResult }
        return v
    }

    func i64(_ name: String, _ args: Value...) throws -> UInt64 {
        guard case .i64(let v) = try invoke(name, args).first else { throw TestFailure.wrongResult }
        return v
    }

    func global(_ name: String) -> Value? {
        guard case .global(let g) = export(name) else { return nil }
        return g.value
    }
}

enum TestFailure: Error { case wrongResult }
