/// An amount of gas, held in milligas (1 gas = 1000 milligas).
///
/// Arithmetic on `Gas` is exact (it saturates only at the bounds of `Int128`, far beyond any
/// reachable value). The network's width and sign rules (v2: i64, v3: u64, both saturating) are
/// applied by `GasArithmetic`, which the price list and tracker of a network profile carry; an
/// exact intermediate clamped once gives the same result as saturating at every step for the
/// monotone formulas the price lists use.
public struct Gas: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milligas per gas.
    public static let milligasPerGas: Int128 = 1000

    /// The amount in milligas.
    public var milligas: Int128

    /// An amount given in milligas.
    public init(milligas: some BinaryInteger) {
        self.milligas = Int128(clamping: milligas)
    }

    /// An amount given in whole gas.
    public init(wholeGas: some BinaryInteger) {
        self = Gas(milligas: Int128(clamping: wholeGas)) * 1000
    }

    /// No gas.
    public static let zero = Gas(milligas: 0)

    /// Whole gas, rounding the fractional part up (toward zero for negative amounts, as v2 does).
    public var roundedUp: Int128 {
        let (q, r) = milligas.quotientAndRemainder(dividingBy: Self.milligasPerGas)
        return r > 0 ? q + 1 : q
    }

    /// Whole gas, rounding the fractional part down (toward −∞ for negative amounts, as v2 does).
    public var roundedDown: Int128 {
        let (q, r) = milligas.quotientAndRemainder(dividingBy: Self.milligasPerGas)
        return r < 0 ? q - 1 : q
    }

    /// Exact sum.
    public static func + (a: Gas, b: Gas) -> Gas {
        let (sum, overflow) = a.milligas.addingReportingOverflow(b.milligas)
        return Gas(milligas: overflow ? (b.milligas > 0 ? Int128.max : Int128.min) : sum)
    }

    /// Exact difference (may be negative).
    public static func - (a: Gas, b: Gas) -> Gas {
        let (difference, overflow) = a.milligas.subtractingReportingOverflow(b.milligas)
        return Gas(milligas: overflow ? (b.milligas < 0 ? Int128.max : Int128.min) : difference)
    }

    /// Exact product with a count (bytes, elements, proofs).
    public static func * (a: Gas, n: some BinaryInteger) -> Gas {
        let factor = Int128(clamping: n)
        let (product, overflow) = a.milligas.multipliedReportingOverflow(by: factor)
        guard overflow else { return Gas(milligas: product) }
        return Gas(milligas: (a.milligas < 0) == (factor < 0) ? Int128.max : Int128.min)
    }

    /// Exact in-place sum.
    public static func += (a: inout Gas, b: Gas) { a = a + b }

    /// Orders by milligas.
    public static func < (a: Gas, b: Gas) -> Bool { a.milligas < b.milligas }

    /// `gas.milli` with three decimals, as ref-fvm prints it.
    public var description: String {
        let magnitude = milligas.magnitude
        let whole = magnitude / 1000
        let fraction = String(magnitude % 1000)
        let padded = String(repeating: "0", count: 3 - fraction.count) + fraction
        return (milligas < 0 ? "-" : "") + "\(whole).\(padded)"
    }
}
