/// The integer model of a network's gas values: the only place where FVM v2 and v3 gas
/// arithmetic differ. A network profile chooses one through its price list.
public enum GasArithmetic: Sendable, Hashable {
    /// FVM v2 (nv17): i64 milligas, saturating; negative amounts (refunds) are allowed.
    case signed64
    /// FVM v3 (nv18): u64 milligas, saturating; nothing goes below zero.
    case unsigned64

    /// The milligas values this model can hold.
    public var bounds: ClosedRange<Int128> {
        switch self {
        case .signed64: Int128(Int64.min)...Int128(Int64.max)
        case .unsigned64: 0...Int128(UInt64.max)
        }
    }

    /// The largest gas limit a tracker accepts: v3 caps the limit at i64::MAX milligas so that
    /// the Wasm gas global (an i64) can hold it, and v2's i64 cannot go higher anyway.
    public var maximumLimit: Gas { Gas(milligas: Int64.max) }

    /// `gas` saturated into this model's range.
    @inline(__always)
    public func clamp(_ gas: Gas) -> Gas {
        let b = bounds
        if gas.milligas < b.lowerBound { return Gas(milligas: b.lowerBound) }
        if gas.milligas > b.upperBound { return Gas(milligas: b.upperBound) }
        return gas
    }

    /// Saturating `a + b`.
    public func add(_ a: Gas, _ b: Gas) -> Gas { clamp(a + b) }

    /// Saturating `a - b` (stops at zero in v3).
    public func subtract(_ a: Gas, _ b: Gas) -> Gas { clamp(a - b) }

    /// `Gas::new(g)`: whole gas scaled to milligas, saturating (the actor-requested `gas.charge`
    /// passes an i64 in v2 and a u64 in v3; both fit `Int128`).
    public func gas(wholeGas: some BinaryInteger) -> Gas { clamp(Gas(wholeGas: wholeGas)) }
}
