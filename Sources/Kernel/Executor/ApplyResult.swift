import BigInt
import FVMShared

/// What applying a message produced.
public struct ApplyResult: Sendable {
    public var receipt: Receipt
    public var gasOutputs: GasOutputs?
    /// Why the actor code failed, for diagnostics (nil on success).
    public var failureInfo: String?
    /// Every gas charge, when the machine traces.
    public var trace: [GasTraceEntry]
    public var penalty: BigInt
}
