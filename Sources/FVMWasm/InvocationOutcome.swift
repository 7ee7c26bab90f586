/// A Wasm trap, classified for the exit-code mapping of spec §1.4.
public enum WasmTrap: Sendable, Equatable {
    case unreachable
    /// The instrumented stack limit (2048 units) was exceeded.
    case stackLimitExceeded
    /// WasmKit's own value stack ran out (should not happen: it is sized so the limiter trips first).
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

/// How an actor invocation ended.
public enum InvocationOutcome: @unchecked Sendable {
    /// `invoke` returned this block id (0 = no return value).
    case returned(blockID: UInt32)
    /// A host function ended the invocation with `HostSignal.exit`.
    case exited(code: UInt32, returnBlock: UInt32, message: String)
    /// Gas ran out (in Wasm or in the kernel); takes precedence over a trap (spec §1.4).
    case outOfGas
    /// The actor's code trapped.
    case trapped(WasmTrap)
    /// The instance could not be created (v3: exit 4; v2: fatal).
    case instantiationFailed(String)
    /// A host function threw something other than `HostSignal`: a kernel bug or fatal error.
    case hostError(any Error)
}
