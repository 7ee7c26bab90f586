/// Gas limit and gas used of one message (ref-fvm `GasTracker`).
///
/// Owned by one message execution and never shared between tasks. The arithmetic comes from
/// the network's price list, so the same tracker serves v2 (signed, negative charges allowed)
/// and v3 (unsigned).
public final class GasTracker {
    /// The integer model charges are saturated with.
    public let arithmetic: GasArithmetic
    /// The current limit (of the innermost nested limit, if any).
    public private(set) var limit: Gas
    /// Gas used against the current limit.
    public private(set) var used: Gas
    private var snapshots: [(limit: Gas, used: Gas)] = []
    private var entries: [GasTraceEntry]?
    /// Frame stamped on trace entries; the call manager updates it on every call and return.
    public var traceFrame: GasTraceFrame = .executor

    /// A tracker for `limit` (capped at i64::MAX milligas) with `used` already spent (capped at
    /// the limit); `tracing` records every charge.
    public init(limit: Gas, used: Gas = .zero, arithmetic: GasArithmetic, tracing: Bool = false) {
        self.arithmetic = arithmetic
        self.limit = min(arithmetic.clamp(limit), arithmetic.maximumLimit)
        self.used = min(arithmetic.clamp(used), self.limit)
        entries = tracing ? [] : nil
    }

    /// `limit − used`, saturating (never negative in v3).
    public var available: Gas { arithmetic.subtract(limit, used) }

    /// Gas used by the whole message: this level plus every outer nested-limit level.
    public var totalUsed: Gas {
        snapshots.reduce(used) { arithmetic.add($0, $1.used) }
    }

    /// The receipt's `gas_used`: total used rounded up to whole gas, floored at zero (only v2
    /// can go negative, through refunds).
    public var receiptGasUsed: Int64 {
        Int64(clamping: max(totalUsed, .zero).roundedUp)
    }

    /// Whether tracing is on.
    public var isTracing: Bool { entries != nil }

    /// Applies `charge`. Landing exactly on the limit succeeds; going above it clamps used to
    /// the limit and throws. The charge is traced either way.
    public func charge(_ charge: GasCharge) throws(OutOfGas) {
        let total = arithmetic.clamp(charge.total)
        let newUsed = arithmetic.add(used, total)
        let outOfGas = newUsed > limit
        used = outOfGas ? limit : newUsed
        if isTracing {
            entries?.append(
                GasTraceEntry(
                    name: charge.name, compute: charge.compute, other: charge.other,
                    totalUsedAfter: totalUsed, frame: traceFrame))
        }
        if outOfGas { throw OutOfGas(chargeName: charge.name) }
    }

    /// Charges `gas` of compute under `name` (exec gas, actor-requested charges, Wasm init).
    public func charge(_ name: String, _ gas: Gas) throws(OutOfGas) {
        try charge(GasCharge(name: name, compute: gas))
    }

    /// Starts a nested limit (v3 `send` with a gas limit): the callee may use at most
    /// `min(available, newLimit)`.
    public func pushLimit(_ newLimit: Gas) {
        snapshots.append((limit, used))
        limit = min(available, arithmetic.clamp(newLimit))
        used = .zero
    }

    /// Ends the innermost nested limit, adding what it used to the outer level.
    public func popLimit() throws(GasTrackerError) {
        guard let snapshot = snapshots.popLast() else { throw .noLimitToPop }
        limit = snapshot.limit
        used = arithmetic.add(used, snapshot.used)
    }

    /// Number of nested limits in force.
    public var nestingDepth: Int { snapshots.count }

    /// The recorded charges so far, emptying the record (empty when tracing is off).
    public func drainTrace() -> [GasTraceEntry] {
        guard let recorded = entries else { return [] }
        entries = []
        return recorded
    }
}
