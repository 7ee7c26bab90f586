/// Where a charge was made, stamped on trace entries (the call manager keeps it current).
public struct GasTraceFrame: Hashable, Sendable {
    /// Actor invocations on the call stack: 0 for executor-level charges.
    public var depth: Int
    /// The running actor, nil at depth 0.
    public var actorID: UInt64?
    /// The running method, nil at depth 0.
    public var method: UInt64?

    /// A frame at `depth` running `method` of `actorID`.
    public init(depth: Int, actorID: UInt64?, method: UInt64?) {
        self.depth = depth
        self.actorID = actorID
        self.method = method
    }

    /// Outside any actor: the executor's own charges.
    public static let executor = GasTraceFrame(depth: 0, actorID: nil, method: nil)
}

/// One recorded charge, in the shape of `shared/traces/README.md`.
public struct GasTraceEntry: Hashable, Sendable {
    /// Charge name (`compute_gas`/`storage_gas` in the JSONL are the next two, in milligas).
    public var name: String
    /// Compute part as charged (before the tracker's saturation).
    public var compute: Gas
    /// Other (storage) part as charged.
    public var other: Gas
    /// Gas used by the whole message after the charge, outer nested-limit frames included; on
    /// the charge that runs out this is the clamped value.
    public var totalUsedAfter: Gas
    /// Where the charge was made.
    public var frame: GasTraceFrame

    /// A recorded charge.
    public init(name: String, compute: Gas, other: Gas, totalUsedAfter: Gas, frame: GasTraceFrame) {
        self.name = name
        self.compute = compute
        self.other = other
        self.totalUsedAfter = totalUsedAfter
        self.frame = frame
    }
}
