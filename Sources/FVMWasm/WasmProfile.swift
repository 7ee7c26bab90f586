/// How the engine keeps the Wasm gas global and the kernel's tracker in step.
public enum ExecutionGasSync: Sendable, Equatable {
    /// v2: `used = lastAvailable − G` (saturating), then `lastAvailable := G`.
    case fvmV2
    /// v3: a negative `G` counts in full; `lastAvailable` is only reset by `updateGasAvailable`.
    case fvmV3
}

/// Linear-memory limits of one network version.
public struct WasmMemoryLimits: Sendable, Equatable {
    /// Pages one instance may have.
    public var maxInstancePages: UInt64
    /// Bytes of memory (plus 8 per table element) all live instances of a call stack may hold.
    public var maxCallStackBytes: Int?

    /// Creates limits.
    public init(maxInstancePages: UInt64, maxCallStackBytes: Int?) {
        self.maxInstancePages = maxInstancePages
        self.maxCallStackBytes = maxCallStackBytes
    }

    /// v2: nothing beyond the 4 GiB of wasm32.
    public static let fvmV2 = WasmMemoryLimits(maxInstancePages: 65536, maxCallStackBytes: nil)
    /// v3: 512 MiB per instance, 2 GiB per call stack.
    public static let fvmV3 = WasmMemoryLimits(maxInstancePages: 8192, maxCallStackBytes: 2 << 30)
}

/// Everything the Wasm layer needs to know about a network version; the kernel's profile holds one.
public struct WasmProfile: Sendable, Equatable {
    public var rules: InstrumentationRules
    public var gasSync: ExecutionGasSync
    public var memoryLimits: WasmMemoryLimits

    /// Creates a profile.
    public init(rules: InstrumentationRules, gasSync: ExecutionGasSync, memoryLimits: WasmMemoryLimits) {
        self.rules = rules
        self.gasSync = gasSync
        self.memoryLimits = memoryLimits
    }

    /// nv17 (FVM v2).
    public static let nv17 = WasmProfile(rules: .nv17, gasSync: .fvmV2, memoryLimits: .fvmV2)
    /// nv18 (FVM v3).
    public static let nv18 = WasmProfile(rules: .nv18, gasSync: .fvmV3, memoryLimits: .fvmV3)
}
