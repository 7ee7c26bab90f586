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
    /// Idle instances kept per module; a deep re-entrant chain creates more, which are then dropped
    /// rather than kept (a translated miner instance holds tens of megabytes).
    public static let maxIdleInstances = 2 * ProcessInfo.processInfo.activeProcessorCount + 4
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
        // WasmKit translates code per instance; translating lazily means an instance pays only
        // for the functions it runs (an instance whose memory grew cannot be pooled).
        engine = Engine(configuration: EngineConfiguration(compilationMode: .lazy, stackSize: stackBytes))
        // One eagerly translated instance validates every function body and the imports, then is dropped.
        let validator = Engine(configuration: EngineConfiguration(compilationMode: .eager, stackSize: stackBytes))
        _ = try ActorInstance(module: self, hostFunctions: hostFunctions, engine: validator)
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
        if idle.count < Self.maxIdleInstances { idle.append(instance) }
        lock.unlock()
    }

    /// Idle instances currently pooled.
    public var pooledInstances: Int {
        lock.lock()
        defer { lock.unlock() }
        return idle.count
    }
}
