import BigInt
import Testing
@testable import Kernel

@Suite struct GasOutputsTests {
    private func outputs(_ used: Int64, _ limit: Int64, baseFee: Int, feeCap: Int, premium: Int) -> GasOutputs {
        GasOutputs.compute(
            gasUsed: used, gasLimit: limit, baseFee: BigInt(baseFee), feeCap: BigInt(feeCap),
            gasPremium: BigInt(premium))
    }

    /// Nothing used: the whole limit is burnt as over-estimation.
    @Test func zeroGasUsed() {
        let o = outputs(0, 1_000, baseFee: 10, feeCap: 20, premium: 5)
        #expect(o.baseFeeBurn == 0 && o.minerPenalty == 0)
        #expect(o.gasBurned == 1_000 && o.gasRefund == 0)
        #expect(o.overEstimationBurn == 10_000)
        #expect(o.minerTip == 5_000)
        #expect(o.refund == 20_000 - 5_000 - 10_000)
    }

    /// limit 200 for 100 used: 90 of the 100 unused gas is burnt (over-estimation beyond 10 %).
    @Test func overEstimationBurn() {
        let o = outputs(100, 200, baseFee: 10, feeCap: 12, premium: 1)
        #expect(o.baseFeeBurn == 1_000)
        #expect(o.gasBurned == 90 && o.gasRefund == 10)
        #expect(o.overEstimationBurn == 900)
        #expect(o.minerTip == 200)
        #expect(o.refund == 2_400 - 1_000 - 200 - 900)
        #expect(o.minerPenalty == 0)
    }

    /// Within 10 % nothing is burnt.
    @Test func noBurnWithinTenPercent() {
        let o = outputs(1_000, 1_100, baseFee: 1, feeCap: 1, premium: 0)
        #expect(o.gasBurned == 0 && o.gasRefund == 100 && o.overEstimationBurn == 0)
    }

    /// Fee cap below base fee: the miner pays the difference and gets no tip.
    @Test func feeCapBelowBaseFee() {
        let o = outputs(100, 110, baseFee: 10, feeCap: 6, premium: 1)
        #expect(o.baseFeeBurn == 600)
        #expect(o.minerPenalty == 400)
        #expect(o.minerTip == 0)
        #expect(o.gasBurned == 0 && o.gasRefund == 10)
        #expect(o.refund == 60)
    }

    /// Fee cap below base fee and over-estimated: the penalty also covers the burnt gas.
    @Test func feeCapBelowBaseFeeWithOverEstimation() {
        let o = outputs(100, 300, baseFee: 10, feeCap: 8, premium: 3)
        #expect(o.baseFeeBurn == 800)
        #expect(o.gasBurned == 200 && o.gasRefund == 0)
        #expect(o.overEstimationBurn == 1_600)
        #expect(o.minerPenalty == 200 + 400)
        #expect(o.minerTip == 0)
        #expect(o.refund == 0)
    }

    /// The premium is capped at fee cap minus base fee.
    @Test func premiumCappedByFeeCap() {
        let o = outputs(1_000, 1_000, baseFee: 100, feeCap: 150, premium: 80)
        #expect(o.minerTip == 50_000)
        #expect(o.baseFeeBurn == 100_000)
        #expect(o.refund == 0)
    }

    @Test(arguments: [
        (Int64(100), Int64(200), Int64(10), Int64(90)), (100, 150, 30, 20), (1_000, 1_300, 240, 60),
        (200, 200, 0, 0), (20_000, 21_000, 1_000, 0), (500, 651, 121, 30), (500, 5_000, 0, 4_500),
        (1, 7_500_000_000, 0, 7_499_999_999),
        // (limit − used) × over exceeds i64 here.
        (3_750_000_000, 7_500_000_000, 375_000_000, 3_375_000_000),
    ])
    func overEstimationSplit(used: Int64, limit: Int64, refund: Int64, burned: Int64) {
        let split = GasOutputs.overEstimation(gasUsed: used, gasLimit: limit)
        #expect(split.refund == refund && split.burned == burned)
    }
}
