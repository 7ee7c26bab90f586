import FVMShared
import FVMWasm
import Foundation
import IPLD
import WasmRuntime

/// How actor code runs: natively where supported, or in the portable interpreter.
public typealias WasmExecution = ExecutionEngine

/// One Wasm engine per network profile, shared by every task: prepared modules are cached by
/// code CID and their instances pooled.
public final class WasmEngines: @unchecked Sendable {
    private let lock = NSLock()
    private var engines: [UInt32: WasmEngine] = [:]
    public let execution: WasmExecution

    public init(execution: WasmExecution = RuntimeConfiguration().engine) { self.execution = execution }

    /// The engine of a network profile, created on first use.
    public func engine(for profile: NetworkProfile) -> WasmEngine {
        lock.lock()
        defer { lock.unlock() }
        if let e = engines[profile.networkVersion.rawValue] { return e }
        let e = WasmEngine(
            profile: profile.wasm, hostFunctions: profile.syscalls.hostFunctions(), execution: execution)
        engines[profile.networkVersion.rawValue] = e
        return e
    }
}

/// Runs actor code on the Wasm engine for one message's machine.
public final class WasmActorRunner: ActorCodeRunner {
    public let engine: WasmEngine
    /// v3: memory of all live instances of the call stack (2 GiB limit).
    private let memoryBudget: CallStackMemoryBudget?

    public init(engine: WasmEngine) {
        self.engine = engine
        memoryBudget = engine.profile.memoryLimits.maxCallStackBytes.map { CallStackMemoryBudget(limit: $0) }
    }

    public func invoke(code: CID, paramsID: UInt32, kernel: DefaultKernel) throws(ExecutionError)
        -> InvocationOutcome
    {
        let key = code.description
        let module: PreparedActorModule
        if let cached = engine.module(codeID: key) {
            module = cached
        } else {
            guard let wasm = kernel.machine.store.get(code) else { throw .fatal(.missingBlock(code)) }
            do {
                module = try engine.prepare(codeID: key, wasm: wasm)
            } catch {
                throw .fatal(.actorCode(code, "cannot load: \(error)"))
            }
        }
        if kernel.profile.rules.chargesWasmInit {
            // `wasm_table_init` applies only to a table exported as "table"; builtin actors export
            // theirs as `__indirect_function_table`, so it is never charged for them.
            try kernel.charge(kernel.prices.onWasmMemoryInit(bytes: Int(module.initialMemoryPages) * 65536))
        }
        let tracker = TrackerAdapter(kernel.gas, prices: kernel.prices)
        let outcome = engine.invoke(
            module, parameter: paramsID, gas: tracker, memoryBudget: memoryBudget, context: kernel)
        switch outcome {
        case .returned(let id): return .returned(blockID: id)
        case .exited(let code, let block, let message): return .exited(code: code, blockID: block, message: message)
        case .outOfGas: throw .outOfGas
        case .trapped(let trap): return .trapped("\(trap)")
        case .instantiationFailed(let why): return .instantiationFailed(why)
        case .hostError(let error):
            if let e = error as? ExecutionError { throw e }
            throw .fatal(.actorCode(code, "host error: \(error)"))
        }
    }
}

/// The kernel's gas tracker as the engine sees it.
final class TrackerAdapter: ExecutionGasTracker {
    let tracker: GasTracker
    let prices: PriceList

    init(_ tracker: GasTracker, prices: PriceList) {
        self.tracker = tracker
        self.prices = prices
    }

    var availableMilligas: Int64 { Int64(clamping: tracker.available.milligas) }

    func chargeExecution(milligas: Int64) -> Bool {
        do {
            try tracker.charge(GasCharge(name: "wasm_exec", compute: prices.arithmetic.clamp(Gas(milligas: milligas))))
            return true
        } catch {
            return false
        }
    }
}
