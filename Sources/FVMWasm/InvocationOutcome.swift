/// How an actor invocation ended.
public enum InvocationOutcome: @unchecked Sendable {
    /// `invoke` returned this block id (0 = no return value).
    case returned(blockID: UInt32)
    /// A host function ended the invocation with `HostSignal.exit`.
    case exited(code: UInt32, returnBlock: UInt32, message: String)
    /// Gas ran out (in Wasm or in the kernel); takes precedence over a trap.
    case outOfGas
    /// The actor's code trapped.
    case trapped(WasmTrap)
    /// The instance could not be created (v3: exit 4; v2: fatal).
    case instantiationFailed(String)
    /// A host function threw something other than `HostSignal`: a kernel bug or fatal error.
    case hostError(any Error)
}
