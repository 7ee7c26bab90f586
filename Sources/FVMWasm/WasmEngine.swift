import Foundation
import WasmRuntime

/// Prepares actor modules once per code CID and runs invocations on pooled instances.
///
/// Shared by every task of a run; prepared modules are immutable apart from their pools.
public final class WasmEngine: @unchecked Sendable {
    public let profile: WasmProfile
    let hostFunctions: HostFunctionTable
    private let lock = NSLock()
    private var modules: [String: PreparedActorModule] = [:]
    /// One lock per module being (or once) prepared.
    private var preparations: [String: NSLock] = [:]
    /// When false every invocation instantiates afresh (for benchmarks and for checking that
    /// pooling never changes a result). Set before the engine is shared.
    public var poolingEnabled = true
    /// How translated actor code runs; both ways give identical results.
    public let execution: ExecutionEngine

    /// Creates an engine for one network version's rules and syscall table.
    public init(
        profile: WasmProfile, hostFunctions: HostFunctionTable,
        execution: ExecutionEngine = RuntimeConfiguration().engine
    ) {
        self.profile = profile
        self.execution = execution
        self.hostFunctions = hostFunctions
    }

    /// Returns the prepared module for `codeID`, preparing `wasm` the first time.
    /// A module is prepared once: a task that needs it while another prepares it waits for that
    /// one instead of preparing it again.
    public func prepare(codeID: String, wasm: [UInt8]) throws(WasmPreparationError) -> PreparedActorModule {
        if let m = module(codeID: codeID) { return m }
        let preparation = lock.withLock {
            if let p = preparations[codeID] { return p }
            let p = NSLock()
            preparations[codeID] = p
            return p
        }
        preparation.lock()
        defer { preparation.unlock() }
        if let m = module(codeID: codeID) { return m }
        let prepared = try PreparedActorModule(
            codeID: codeID, wasm: wasm, profile: profile, hostFunctions: hostFunctions, execution: execution)
        lock.withLock { modules[codeID] = prepared }
        return prepared
    }

    /// The prepared module for `codeID`, if any.
    public func module(codeID: String) -> PreparedActorModule? {
        lock.lock()
        defer { lock.unlock() }
        return modules[codeID]
    }

    /// Runs `invoke(parameter)` of `module` (from instantiation on).
    ///
    /// The kernel charges `OnMethodInvocation` and, in v3, `wasm_memory_init` before calling this.
    /// `context` is handed to every host function through `HostCall.context`.
    public func invoke(
        _ module: PreparedActorModule, parameter: UInt32, gas: ExecutionGasTracker,
        memoryBudget: CallStackMemoryBudget? = nil, context: AnyObject? = nil
    ) -> InvocationOutcome {
        let savedBudget = memoryBudget?.used
        defer { if let memoryBudget, let savedBudget { memoryBudget.used = savedBudget } }
        let pages = module.initialMemoryPages
        guard pages <= profile.memoryLimits.maxInstancePages else {
            return .instantiationFailed(
                "memory of \(pages) pages exceeds the \(profile.memoryLimits.maxInstancePages)-page limit")
        }
        if let memoryBudget {
            let tableBytes = 8 * Int(module.instrumented.exportedTableMinElements ?? 0)
            guard memoryBudget.reserve(Int(pages) * 65536 + tableBytes) else {
                return .instantiationFailed("call-stack memory limit of \(memoryBudget.limit) bytes exceeded")
            }
        }
        let instance: ActorInstance
        do {
            instance = try module.checkOut(pooling: poolingEnabled)
        } catch {
            return .instantiationFailed(error.description)
        }
        instance.budget = memoryBudget
        let state = instance.state
        var sync = GasCounterSync(global: instance.gasGlobal, tracker: gas, mode: profile.gasSync)
        sync.updateGasAvailable()
        state.gas = sync
        state.context = context

        var outcome: InvocationOutcome
        do {
            let results = try instance.invokeFunction.invoke([.i32(parameter)])
            if case .i32(let id)? = results.first {
                outcome = .returned(blockID: id)
            } else {
                outcome = .trapped(.invalidReturn)
            }
        } catch {
            switch error {
            case .trap(let trap): outcome = .trapped(classify(trap, instance: instance))
            case .host(let signal as HostSignal):
                switch signal {
                case .exit(let code, let block, let message):
                    outcome = .exited(code: code, returnBlock: block, message: message)
                case .outOfGas: outcome = .outOfGas
                }
            case .host(let other): outcome = .hostError(other)
            }
        }

        if var sync = state.gas {
            // OutOfGas found here overrides whatever the code did; a host failure stays fatal.
            if !sync.chargeForExec(), !isHostError(outcome) { outcome = .outOfGas }
            state.gas = nil
        }
        state.context = nil
        instance.budget = nil
        module.checkIn(instance, pooling: poolingEnabled)
        return outcome
    }

    private func isHostError(_ o: InvocationOutcome) -> Bool {
        if case .hostError = o { return true }
        return false
    }

    func classify(_ trap: Trap, instance: ActorInstance) -> WasmTrap {
        // The stack limiter traps with `unreachable` once the height passes the limit.
        if trap == .unreachable, let sh = instance.stackHeight, case .i32(let v) = sh.value,
            v > profile.rules.stackLimit
        {
            return .stackLimitExceeded
        }
        return .engine(trap)
    }
}
