import WasmRuntime

/// How actor code trapped: the engine's trap, told apart from the instrumentation's stack limit
/// (which traps with `unreachable`) for the exit-code mapping.
public enum WasmTrap: Sendable, Equatable {
    /// A trap the engine raised, as it raised it.
    case engine(Trap)
    /// The instrumented stack limit (2048 units) was exceeded.
    case stackLimitExceeded
    /// `invoke` did not return the single i32 (a block handle) actors must return.
    case invalidReturn
}
