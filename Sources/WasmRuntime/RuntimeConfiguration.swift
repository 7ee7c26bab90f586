/// Limits and semantic switches shared by compilation and execution.
public struct RuntimeConfiguration: Sendable {
    public var features: Features = .fvm
    /// Replace every NaN produced by float arithmetic with the canonical NaN (deterministic results).
    public var canonicalizeNaNs = false
    /// Maximum number of nested Wasm activations per invocation before `callStackExhausted`.
    public var maxCallDepth = 20_000
    /// Size of the value stack (8-byte slots) shared by all activations of one invocation.
    public var valueStackSlots = 1 << 20
    /// Upper bound on any memory's size, and on the address space reserved for it.
    public var maxMemoryPages: Int = 65536
    /// How translated code runs: natively where this build can generate machine code.
    public var engine: ExecutionEngine = NativeCode.isSupported ? .native : .interpreter

    public init() {}
}

/// The two ways translated code runs, with identical results: the portable interpreter, or
/// machine code generated from the same internal code (x86-64 Linux).
public enum ExecutionEngine: Sendable {
    case interpreter
    case native
}
