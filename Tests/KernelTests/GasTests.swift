import Testing
@testable import Kernel

@Suite struct GasTests {
    @Test func wholeGasIsThousandMilligas() {
        #expect(Gas(wholeGas: 5).milligas == 5000)
        #expect(Gas(wholeGas: -5377).milligas == -5_377_000)
        #expect(Gas(wholeGas: UInt64.max).milligas == Int128(UInt64.max) * 1000)
    }

    /// v2 rounds negative amounts toward zero when rounding up and toward −∞ when rounding down.
    @Test(arguments: [
        (Int128(0), Int128(0), Int128(0)), (100, 1, 0), (1000, 1, 1), (1001, 2, 1), (1999, 2, 1),
        (-100, 0, -1), (-1000, -1, -1), (-1001, -1, -2),
    ])
    func rounding(milligas: Int128, up: Int128, down: Int128) {
        #expect(Gas(milligas: milligas).roundedUp == up)
        #expect(Gas(milligas: milligas).roundedDown == down)
    }

    @Test func descriptionHasThreeDecimals() {
        #expect(Gas(milligas: 445_644_800).description == "445644.800")
        #expect(Gas(milligas: -98_800_000).description == "-98800.000")
        #expect(Gas(milligas: 5).description == "0.005")
    }

    @Test func signedArithmeticSaturatesAtI64() {
        let a = GasArithmetic.signed64
        let max = Gas(milligas: Int64.max)
        #expect(a.add(max, Gas(milligas: 1)) == max)
        #expect(a.subtract(Gas(milligas: Int64.min), Gas(milligas: 1)) == Gas(milligas: Int64.min))
        #expect(a.subtract(.zero, Gas(wholeGas: 5)) == Gas(wholeGas: -5))  // negative allowed
        #expect(a.gas(wholeGas: Int64.max) == max)  // Gas::new saturates
        #expect(a.gas(wholeGas: Int64.min) == Gas(milligas: Int64.min))
    }

    @Test func unsignedArithmeticSaturatesAtZeroAndU64() {
        let a = GasArithmetic.unsigned64
        let max = Gas(milligas: UInt64.max)
        #expect(a.subtract(Gas(wholeGas: 1), Gas(wholeGas: 2)) == .zero)
        #expect(a.add(max, Gas(milligas: 1)) == max)
        #expect(a.gas(wholeGas: UInt64.max) == max)
        #expect(a.gas(wholeGas: UInt64(1) << 40) == Gas(milligas: Int128(1) << 40 * 1000))
    }

    @Test func bothModelsCapTheLimitAtI64Max() {
        #expect(GasArithmetic.signed64.maximumLimit.milligas == Int128(Int64.max))
        #expect(GasArithmetic.unsigned64.maximumLimit.milligas == Int128(Int64.max))
    }

    @Test func stepCostLookup() {
        let steps = StepCost([.init(start: 10, cost: Gas(wholeGas: 1)), .init(start: 20, cost: Gas(wholeGas: 2))])
        #expect(steps.lookup(0) == .zero)
        #expect(steps.lookup(9) == .zero)
        #expect(steps.lookup(10) == Gas(wholeGas: 1))
        #expect(steps.lookup(19) == Gas(wholeGas: 1))
        #expect(steps.lookup(20) == Gas(wholeGas: 2))
        #expect(steps.lookup(1000) == Gas(wholeGas: 2))
        #expect(StepCost([]).lookup(5) == .zero)
    }
}
