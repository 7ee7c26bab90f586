import BigInt

/// An attoFIL amount shown as FIL, exact (every significant decimal kept), with the attoFIL figure.
public enum FILAmount {
    static let attoPerFIL = BigInt(10).power(18)

    /// `1.5 FIL (1500000000000000000 attoFIL)`; zero is `0 FIL`.
    public static func format(_ atto: BigInt) -> String {
        if atto.isZero { return "0 FIL" }
        return "\(fil(atto)) FIL (\(atto) attoFIL)"
    }

    /// The FIL figure alone, without trailing zeros.
    public static func fil(_ atto: BigInt) -> String {
        let magnitude = atto.magnitude
        let whole = magnitude / attoPerFIL.magnitude
        var fraction = String(magnitude % attoPerFIL.magnitude)
        fraction = String(repeating: "0", count: 18 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = atto.sign == .minus ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
