/// One gas charge: what it was for and its compute and other (storage, retention, deferred)
/// parts. Only the total counts toward gas used; the split is kept for traces.
public struct GasCharge: Hashable, Sendable {
    /// Charge name as ref-fvm spells it (`OnChainMessage`, `wasm_exec`, ...).
    public var name: String
    /// Gas for immediate computation.
    public var compute: Gas
    /// Storage, memory retention, deferred computation and extern costs.
    public var other: Gas

    /// A charge of `compute` and `other` gas.
    public init(name: String, compute: Gas, other: Gas = .zero) {
        self.name = name
        self.compute = compute
        self.other = other
    }

    /// `compute + other`, exact; the tracker saturates it with its network's arithmetic.
    public var total: Gas { compute + other }
}
