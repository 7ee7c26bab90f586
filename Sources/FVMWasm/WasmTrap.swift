/// A Wasm trap, classified for the exit-code mapping.
public enum WasmTrap: Sendable, Equatable {
    case unreachable
    /// The instrumented stack limit (2048 units) was exceeded.
    case stackLimitExceeded
    /// The engine's own call or value stack ran out (should not happen: the limiter trips first).
    case engineStackExhausted
    case memoryOutOfBounds
    case tableOutOfBounds
    case indirectCallToNull
    case indirectCallTypeMismatch
    case integerDivideByZero
    case integerOverflow
    case invalidConversionToInteger
    case other(String)
}
