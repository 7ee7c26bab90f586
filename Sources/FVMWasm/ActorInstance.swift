@_spi(Fuzzing) import WasmKit

/// One instantiated actor module with its own store, reusable after a reset.
final class ActorInstance {
    let store: Store
    let instance: Instance
    let memory: Memory
    let gasGlobal: Global
    let invokeFunction: Function
    let resetGlobals: [Global]
    let stackHeight: Global?
    let limiter: InstanceMemoryLimiter
    let state: InvocationState
    var stack: ExecutionStack

    /// `engine` defaults to the module's (lazily translating) engine; preparation passes an
    /// eagerly translating one to validate every function body once.
    init(module: PreparedActorModule, hostFunctions: HostFunctionTable, engine: Engine? = nil) throws(WasmPreparationError) {
        let engine = engine ?? module.engine
        let store = Store(engine: engine)
        let limiter = InstanceMemoryLimiter(maxPages: module.profile.memoryLimits.maxInstancePages)
        store.resourceLimiter = limiter
        let state = InvocationState()
        let rules = module.profile.rules
        var imports = Imports()
        let gas: Global
        do {
            gas = try Global(store: store, type: GlobalType(mutability: .variable, valueType: .i64), value: .i64(0))
        } catch {
            throw .invalidInstrumentedModule("gas global: \(error)")
        }
        imports.define(module: rules.gasModule, name: rules.gasGlobalName, gas)
        for imp in module.instrumented.functionImports {
            guard let host = hostFunctions.lookup(module: imp.module, name: imp.name) else {
                throw .link("no host function \(imp.module).\(imp.name)")
            }
            let params = imp.parameters.map(Self.valueType)
            let results = imp.results.map(Self.valueType)
            guard params == host.parameters, results == host.results else {
                throw .link("\(imp.module).\(imp.name) has signature \(params) -> \(results), host provides \(host.parameters) -> \(host.results)")
            }
            let body = host.body
            let fn = Function(store: store, parameters: params, results: results) { [unowned(unsafe) state] _, args, out in
                try Self.callHost(body, state: state, args: args, results: out)
            }
            imports.define(module: imp.module, name: imp.name, fn)
        }
        let instance: Instance
        do {
            instance = try module.wasmKitModule.instantiate(store: store, imports: imports)
        } catch {
            throw .invalidInstrumentedModule("\(error)")
        }
        guard let memory = instance.exports[memory: "memory"] else { throw .link("module exports no memory") }
        guard let invoke = instance.exports[function: "invoke"] else { throw .link("module exports no invoke function") }
        guard invoke.type.parameters == [.i32], invoke.type.results == [.i32] else {
            throw .link("invoke has type \(invoke.type), expected (i32) -> i32")
        }
        self.store = store
        self.instance = instance
        self.memory = memory
        self.gasGlobal = gas
        self.invokeFunction = invoke
        self.resetGlobals = module.instrumented.mutableGlobalExports.compactMap { instance.exports[global: $0] }
        self.stackHeight = instance.exports[global: module.instrumented.stackHeightExport]
        self.limiter = limiter
        self.state = state
        self.stack = ExecutionStack(engine: engine)
        state.memory = memory
    }

    static func valueType(_ b: UInt8) -> ValueType {
        switch b {
        case 0x7F: .i32
        case 0x7E: .i64
        case 0x7D: .f32
        default: .f64
        }
    }

    /// The syscall wrapper of spec §2.6: flush exec gas, run the body, re-sync the gas global.
    static func callHost(_ body: HostFunction.Body, state: InvocationState, args: UnsafeBufferPointer<Value>,
                         results: UnsafeMutableBufferPointer<Value>) throws {
        guard var gas = state.gas, let memory = state.memory else { throw HostSignal.outOfGas }
        guard gas.chargeForExec() else {
            state.gas = gas
            throw HostSignal.outOfGas
        }
        var call = HostCall(memory: LinearMemory(memory: memory), context: state.context)
        do {
            try body(&call, args, results)
        } catch let signal as HostSignal {
            // ref-fvm re-syncs after an aborting syscall too (spec §2.6 step 5), so the final
            // exec charge of an out-of-gas invocation is zero rather than the last chunk again.
            gas.updateGasAvailable()
            state.gas = gas
            throw signal
        }
        if !call.skipResync { gas.updateGasAvailable() }
        state.gas = gas
    }

    /// Restores the memory image and globals a fresh instance starts with; false if impossible.
    func reset(to snapshot: InstanceSnapshot) -> Bool {
        guard memory.byteCount == snapshot.memory.count else { return false }
        snapshot.memory.withUnsafeBytes { src in
            memory.withUnsafeMutableBufferPointer(offset: 0, count: src.count) { dst in
                dst.copyMemory(from: src)
            }
        }
        for (g, v) in zip(resetGlobals, snapshot.globals) { try? g.assign(v) }
        try? gasGlobal.assign(.i64(0))
        limiter.currentBytes = snapshot.memory.count
        return true
    }

    func snapshot() -> InstanceSnapshot {
        let bytes = memory.withUnsafeBufferPointer(offset: 0, count: memory.byteCount) { Array($0) }
        return InstanceSnapshot(memory: bytes, globals: resetGlobals.map(\.value))
    }
}
