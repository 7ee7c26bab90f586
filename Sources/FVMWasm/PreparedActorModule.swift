import Foundation
import WasmKit

/// An instrumented, validated module with its pool of reusable instances; one per code CID.
public final class PreparedActorModule: @unchecked Sendable {
    /// The key the kernel uses (the code CID).
    public let codeID: String
    public let profile: WasmProfile
    /// The instrumentation output and metadata.
    public let instrumented: InstrumentedModule
    let wasmKitModule: Module
    let engine: Engine
    let hostFunctions: HostFunctionTable
    private let lock = NSLock()
    private var idle: [ActorInstance] = []
    private var snapshot: InstanceSnapshot?
    /// Instances created so far (pool misses), for tests and benchmarks.
    public private(set) var instancesCreated = 0

    /// Minimum pages of the module's memory; v3 charges `wasm_memory_init` for them.
    public var initialMemoryPages: UInt64 { instrumented.memoryMinPages ?? 0 }

    init(codeID: String, wasm: [UInt8], profile: WasmProfile, hostFunctions: HostFunctionTable) throws(WasmPreparationError) {
        self.codeID = codeID
        self.profile = profile
        self.hostFunctions = hostFunctions
        instrumented = try ModuleInstrumenter.instrument(wasm, rules: profile.rules, inlineCharges: true)
        do {
            wasmKitModule = try parseWasm(bytes: instrumented.bytes)
        } catch {
            throw .invalidInstrumentedModule("\(error)")
        }
        // Sized so the instrumented limit always trips before WasmKit's own stack check.
        let units = Int(profile.rules.stackLimit) + 64
        let stackBytes = max(1 << 19, instrumented.valueStackBytesPerCostUnit * units + (1 << 16))
        engine = Engine(configuration: EngineConfiguration(compilationMode: .eager, stackSize: stackBytes))
        // Instantiating once runs WasmKit's full validation (eager translation) and links imports.
        let first = try ActorInstance(module: self, hostFunctions: hostFunctions)
        instancesCreated = 1
        if instrumented.poolable {
            snapshot = first.snapshot()
            idle.append(first)
        }
    }

    /// Takes an idle instance or creates one; re-entrant invocations get distinct instances.
    func checkOut(pooling: Bool) throws(WasmPreparationError) -> ActorInstance {
        lock.lock()
        if pooling, let inst = idle.popLast() {
            lock.unlock()
            return inst
        }
        instancesCreated += 1
        lock.unlock()
        return try ActorInstance(module: self, hostFunctions: hostFunctions)
    }

    /// Resets an instance and returns it to the pool, or drops it if it cannot be reset.
    func checkIn(_ instance: ActorInstance, pooling: Bool) {
        guard pooling, instrumented.poolable, let snapshot, instance.reset(to: snapshot) else { return }
        lock.lock()
        idle.append(instance)
        lock.unlock()
    }

    /// Idle instances currently pooled.
    public var pooledInstances: Int {
        lock.lock()
        defer { lock.unlock() }
        return idle.count
    }
}
