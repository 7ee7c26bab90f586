/// How `OnHashing` is priced.
public enum HashingPrices: Sendable, Hashable {
    /// v2: one flat price for any hash code and length, charged before the code is checked.
    case flat(Gas)
    /// v3: a price per supported multihash code, scaling with the input length; an unlisted
    /// code is rejected before any charge.
    case perCode([UInt64: ScalingCost])

    /// The per-code price, if this list prices hashes per code.
    public func perCodeCost(_ code: UInt64) -> ScalingCost? {
        if case .perCode(let table) = self { return table[code] }
        return nil
    }
}
