import WasmRuntime

/// One instantiated actor module, reusable after a reset to its just-instantiated state.
final class ActorInstance {
    let instance: Instance
    let memory: Memory
    let gasGlobal: Global
    let invokeFunction: Function
    let stackHeight: Global?
    let state: InvocationState
    /// What the per-instance and call-stack memory limits see (v3 charges growth to the budget).
    var budget: CallStackMemoryBudget?

    init(module: PreparedActorModule, hostFunctions: HostFunctionTable) throws(WasmPreparationError) {
        let state = InvocationState()
        let rules = module.profile.rules
        let gas = Global(type: .i64, mutable: true, value: .i64(0))
        var imports: [String: ExternalValue] = [rules.gasModule + "\u{0}" + rules.gasGlobalName: .global(gas)]
        for imp in module.instrumented.functionImports {
            guard let host = hostFunctions.lookup(module: imp.module, name: imp.name) else {
                throw .link("no host function \(imp.module).\(imp.name)")
            }
            let params = imp.parameters.compactMap(ValueType.init(rawValue:))
            let results = imp.results.compactMap(ValueType.init(rawValue:))
            guard params == host.parameters, results == host.results else {
                throw .link(
                    "\(imp.module).\(imp.name) has signature \(params) -> \(results), host provides \(host.parameters) -> \(host.results)"
                )
            }
            let binding = HostBinding(body: host.body, state: state, argumentCount: host.parameters.count)
            let function = WasmRuntime.HostFunction(type: host.type) { call in
                try Self.callHost(binding.body, state: binding.state, call: &call, argumentCount: binding.argumentCount)
            }
            imports[imp.module + "\u{0}" + imp.name] = .function(Function(host: function))
        }
        let instance: Instance
        do {
            instance = try Instance(
                module: module.compiled, imports: { imports[$0 + "\u{0}" + $1] },
                configuration: module.runtimeConfiguration)
        } catch {
            throw .invalidInstrumentedModule("\(error)")
        }
        guard case .memory(let memory)? = instance.export("memory") else { throw .link("module exports no memory") }
        guard case .function(let invoke)? = instance.export("invoke") else {
            throw .link("module exports no invoke function")
        }
        guard invoke.type == FunctionType(parameters: [.i32], results: [.i32]) else {
            throw .link("invoke has type \(invoke.type), expected (i32) -> i32")
        }
        self.instance = instance
        self.memory = memory
        self.gasGlobal = gas
        self.invokeFunction = invoke
        if case .global(let g)? = instance.export(module.instrumented.stackHeightExport) {
            stackHeight = g
        } else {
            stackHeight = nil
        }
        self.state = state
        state.memory = memory
        let maxPages = Int(min(module.profile.memoryLimits.maxInstancePages, 65536))
        memory.growthLimiter = { [unowned(unsafe) self] current, new in
            guard new <= maxPages else { return false }
            guard let budget = self.budget else { return true }
            return budget.reserve((new - current) * Memory.pageSize)
        }
    }

    /// The syscall wrapper: flush exec gas, run the body, re-sync the gas global.
    static func callHost(
        _ body: HostFunction.Body, state: InvocationState, call raw: inout WasmRuntime.HostCall,
        argumentCount: Int
    ) throws {
        guard var gas = state.gas, let memory = state.memory else { throw HostSignal.outOfGas }
        guard gas.chargeForExec() else {
            state.gas = gas
            throw HostSignal.outOfGas
        }
        let arguments = HostArguments(raw, count: argumentCount)
        var call = HostCall(arguments: arguments, memory: LinearMemory(memory: memory), context: state.context)
        do {
            try body(&call)
        } catch let signal as HostSignal {
            // ref-fvm re-syncs after an aborting syscall too, so the final
            // exec charge of an out-of-gas invocation is zero rather than the last chunk again.
            gas.updateGasAvailable()
            state.gas = gas
            throw signal
        }
        if !call.skipResync { gas.updateGasAvailable() }
        state.gas = gas
        raw.setResult(i32: call.result)
    }
}

/// What one imported host function needs at call time. An instance and its bindings live on one
/// thread at a time (the pool hands an instance to one invocation), hence unchecked.
private final class HostBinding: @unchecked Sendable {
    let body: HostFunction.Body
    unowned(unsafe) let state: InvocationState
    let argumentCount: Int

    init(body: @escaping HostFunction.Body, state: InvocationState, argumentCount: Int) {
        self.body = body
        self.state = state
        self.argumentCount = argumentCount
    }
}
