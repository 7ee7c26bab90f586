import BigInt
import FVMShared

/// Sending a message from the invoked actor to another.
public protocol SendOps {
    /// Sends `method` with the block `paramsID` (0: none) and `value` to `to`, inside its own
    /// transaction; `gasLimit` caps the gas the callee may use, `readOnlyFlag` makes it read-only.
    func send(to: Address, method: UInt64, paramsID: UInt32, value: BigInt, gasLimit: Gas?, readOnlyFlag: Bool)
        throws(ExecutionError) -> SendReturn
}

/// What a send returns to the calling actor: the callee's exit code and its return block.
public struct SendReturn: Sendable, Equatable {
    public var exitCode: ExitCode
    /// Handle of the return block in the caller's registry (0: no return value).
    public var returnID: UInt32
    public var returnCodec: UInt64
    public var returnSize: UInt32
}
