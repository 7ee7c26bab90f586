import WasmKit

/// WasmKit's interpreter behind `SpecEngine`: an independent oracle that shows the runner
/// counts correctly, whatever state our own engine is in.
struct SpecWasmKitEngine: SpecEngine {
    let name = "WasmKit"

    typealias Module = WasmKit.Module
    /// WasmKit's host entities are not an instance, so an instance is its exports.
    typealias Instance = [String: ExternalValue]

    let store: Store

    init() {
        // Eager compilation validates every function body while instantiating; no proposals,
        // so that Wasm 1.0's limits (one table, one memory) are enforced as the FVM does.
        let configuration = EngineConfiguration(compilationMode: .eager, features: [])
        store = Store(engine: Engine(configuration: configuration))
    }

    func compile(_ bytes: [UInt8]) throws(SpecModuleRejection) -> Module {
        do {
            return try parseWasm(bytes: bytes, features: [])
        } catch {
            throw SpecModuleRejection(kind: .unclassified, detail: "\(error)")
        }
    }

    func instantiate(_ module: Module, registered: [String: Instance]) throws(SpecInstantiationFailure) -> Instance {
        var imports = Imports()
        for (moduleName, exports) in registered {
            for (name, value) in exports { imports.define(module: moduleName, name: name, value) }
        }
        do {
            let instance = try module.instantiate(store: store, imports: imports)
            return Dictionary(uniqueKeysWithValues: instance.exports.map { ($0.name, $0.value) })
        } catch {
            throw SpecWasmKitErrors.instantiationFailure(error)
        }
    }

    func invoke(_ export: String, in instance: Instance, arguments: [SpecValue]) throws(SpecInvocationFailure)
        -> [SpecValue]
    {
        guard case .function(let function) = instance[export] else { throw .missingExport(export) }
        let results: [Value]
        do {
            results = try function.invoke(arguments.map(Self.value))
        } catch {
            throw SpecWasmKitErrors.invocationFailure(error)
        }
        return try results.map { value throws(SpecInvocationFailure) in try Self.specValue(value) }
    }

    func global(_ export: String, in instance: Instance) throws(SpecInvocationFailure) -> SpecValue {
        guard case .global(let global) = instance[export] else { throw .missingExport(export) }
        return try Self.specValue(global.value)
    }
}
