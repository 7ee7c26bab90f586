import WasmRuntime

/// Our own interpreter behind `SpecEngine`, configured as the FVM runs it.
struct SpecWasmRuntimeEngine: SpecEngine {

    typealias Module = CompiledModule

    /// Host entities are not an instance, so an instance is how to find its exports. Names are
    /// looked up by the engine, not in a dictionary, so that names that are equal only after
    /// Unicode normalisation (scripts test those) stay distinct wherever the engine keeps them so.
    struct Instance {
        let export: (String) -> ExternalValue?
    }

    let configuration: RuntimeConfiguration
    let name: String

    /// ref-fvm canonicalises NaN results, and the scripts accept that; so the default is as the FVM runs.
    init(canonicalizeNaNs: Bool = true, execution: ExecutionEngine = RuntimeConfiguration().engine) {
        var configuration = RuntimeConfiguration()
        configuration.features = .fvm
        configuration.canonicalizeNaNs = canonicalizeNaNs
        configuration.engine = execution
        self.configuration = configuration
        let base = canonicalizeNaNs ? "WasmRuntime" : "WasmRuntime-exact-NaNs"
        name = execution == .interpreter ? base + "-interpreter" : base
    }

    func compile(_ bytes: [UInt8]) throws(SpecModuleRejection) -> Module {
        do {
            return try CompiledModule(bytes: bytes, configuration: configuration)
        } catch {
            throw Self.rejection(error)
        }
    }

    func instantiate(_ module: Module, registered: [String: Instance]) throws(SpecInstantiationFailure) -> Instance {
        do {
            let instance = try WasmRuntime.Instance(
                module: module, imports: { registered[$0]?.export($1) }, configuration: configuration)
            return Instance(export: instance.export)
        } catch {
            throw Self.failure(error)
        }
    }

    func invoke(_ export: String, in instance: Instance, arguments: [SpecValue]) throws(SpecInvocationFailure)
        -> [SpecValue]
    {
        guard case .function(let function) = instance.export(export) else { throw .missingExport(export) }
        guard function.type.parameters == arguments.map({ Self.valueType($0.type) }) else {
            throw .other("arguments \(arguments) do not fit \(function.type)")
        }
        do {
            return try function.invoke(arguments.map(Self.value)).map(Self.specValue)
        } catch {
            throw Self.failure(error)
        }
    }

    func global(_ export: String, in instance: Instance) throws(SpecInvocationFailure) -> SpecValue {
        guard case .global(let global) = instance.export(export) else { throw .missingExport(export) }
        return Self.specValue(global.value)
    }
}
