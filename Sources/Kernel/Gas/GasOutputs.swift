import BigInt

/// How a message's fees are split once its gas used is known (ref-fvm `GasOutputs::compute`,
/// the same logic in v2 and v3).
public struct GasOutputs: Hashable, Sendable {
    /// Burnt: base fee (capped at the fee cap) × gas used.
    public var baseFeeBurn: BigInt
    /// Burnt: base fee to pay × over-estimated gas.
    public var overEstimationBurn: BigInt
    /// Owed by the miner: the part of the base fee the fee cap did not cover.
    public var minerPenalty: BigInt
    /// Paid to the miner: effective premium × gas limit.
    public var minerTip: BigInt
    /// Returned to the sender out of fee cap × gas limit.
    public var refund: BigInt
    /// Whole gas refunded.
    public var gasRefund: Int64
    /// Whole gas burnt for over-estimation.
    public var gasBurned: Int64

    /// The fee split for a message that used `gasUsed` of `gasLimit` whole gas.
    public static func compute(gasUsed: Int64, gasLimit: Int64, baseFee: BigInt, feeCap: BigInt, gasPremium: BigInt)
        -> GasOutputs
    {
        let used = BigInt(gasUsed)
        let limit = BigInt(gasLimit)
        var minerPenalty = BigInt(0)
        var baseFeeToPay = baseFee
        if baseFee > feeCap {
            baseFeeToPay = feeCap
            minerPenalty = (baseFee - feeCap) * used
        }
        let baseFeeBurn = baseFeeToPay * used
        var tip = gasPremium
        if baseFeeToPay + tip > feeCap { tip = feeCap - baseFeeToPay }
        let minerTip = tip * limit

        let (gasRefund, gasBurned) = overEstimation(gasUsed: gasUsed, gasLimit: gasLimit)
        var overEstimationBurn = BigInt(0)
        if gasBurned != 0 {
            overEstimationBurn = baseFeeToPay * BigInt(gasBurned)
            minerPenalty += (baseFee - baseFeeToPay) * BigInt(gasBurned)
        }
        let refund = feeCap * limit - baseFeeBurn - minerTip - overEstimationBurn
        return GasOutputs(
            baseFeeBurn: baseFeeBurn, overEstimationBurn: overEstimationBurn, minerPenalty: minerPenalty,
            minerTip: minerTip, refund: refund, gasRefund: gasRefund, gasBurned: gasBurned)
    }

    /// Splits unused gas into refunded and burnt: a message may over-estimate by 10 % for free;
    /// beyond that, the over-estimated share (capped at 100 %) of the unused gas is burnt.
    static func overEstimation(gasUsed: Int64, gasLimit: Int64) -> (refund: Int64, burned: Int64) {
        if gasUsed == 0 { return (0, gasLimit) }
        // v3 saturates where v2 would go negative; they agree whenever used ≤ limit, and the
        // saturating form keeps an impossible used > limit harmless.
        let used = BigInt(gasUsed)
        let limit = BigInt(gasLimit)
        let over = min(max(limit - (11 * used) / 10, 0), used)
        let remaining = max(limit - used, 0)
        let burned = remaining * over / used
        return (Int64(remaining - burned), Int64(burned))
    }
}
