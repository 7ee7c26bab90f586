import Foundation
import WasmRuntime

/// An instrumented, translated module with its pool of reusable instances; one per code CID.
///
/// The translated code is shared by every instance; an instance is only its memory, globals and
/// table, restored to the just-instantiated state when it returns to the pool.
public final class PreparedActorModule: @unchecked Sendable {
    /// The key the kernel uses (the code CID).
    public let codeID: String
    public let profile: WasmProfile
    /// The instrumentation output and metadata.
    public let instrumented: InstrumentedModule
    let compiled: CompiledModule
    let runtimeConfiguration: RuntimeConfiguration
    let hostFunctions: HostFunctionTable
    private let lock = NSLock()
    private var idle: [ActorInstance] = []
    /// The state every instance returns to; taken from the first instance.
    private var snapshot: InstanceSnapshot?
    /// Idle instances kept per module; a deep re-entrant chain creates more, which are then dropped.
    public static let maxIdleInstances = 2 * ProcessInfo.processInfo.activeProcessorCount + 4
    /// Instances created so far (pool misses), for tests and benchmarks.
    public private(set) var instancesCreated = 0

    /// Minimum pages of the module's memory; v3 charges `wasm_memory_init` for them.
    public var initialMemoryPages: UInt64 { instrumented.memoryMinPages ?? 0 }

    init(
        codeID: String, wasm: [UInt8], profile: WasmProfile, hostFunctions: HostFunctionTable,
        execution: ExecutionEngine
    ) throws(WasmPreparationError) {
        self.codeID = codeID
        self.profile = profile
        self.hostFunctions = hostFunctions
        instrumented = try ModuleInstrumenter.instrument(wasm, rules: profile.rules, inlineCharges: true)
        var configuration = RuntimeConfiguration()
        configuration.engine = execution
        configuration.features = .fvm
        // Both FVM versions run Cranelift with NaN canonicalisation on.
        configuration.canonicalizeNaNs = true
        configuration.maxMemoryPages = Int(min(profile.memoryLimits.maxInstancePages, 65536))
        do {
            compiled = try CompiledModule(bytes: instrumented.bytes, configuration: configuration)
        } catch {
            throw .invalidInstrumentedModule("\(error)")
        }
        // Every activation costs at least one unit of the instrumented stack limit, so these bounds
        // make the limiter trip before the engine's own stacks run out (the slots are address
        // space, touched only as deep as a call chain actually goes).
        // Functions of cost zero are not metered by the limiter; the depth cap stops their
        // recursion as a deterministic trap.
        let frames = Int(profile.rules.stackLimit) + 64
        configuration.maxCallDepth = 1 << 16
        configuration.valueStackSlots = frames * (compiled.largestFrameSlots + 8) + 8 * configuration.maxCallDepth
        runtimeConfiguration = configuration
        let first = try ActorInstance(module: self, hostFunctions: hostFunctions)
        instancesCreated = 1
        snapshot = first.instance.snapshot()
        idle.append(first)
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

    /// Resets an instance to its just-instantiated state and returns it to the pool.
    func checkIn(_ instance: ActorInstance, pooling: Bool) {
        guard pooling, let snapshot else { return }
        instance.instance.reset(to: snapshot)
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
