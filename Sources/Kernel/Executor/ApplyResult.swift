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
    /// The events the message emitted, in order (their AMT root is in the receipt): harnesses
    /// that check what contracts logged need the entries, which the root alone does not give back.
    public var events: [StampedEvent] = []
}
