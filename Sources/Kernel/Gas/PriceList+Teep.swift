extension PriceList {
    /// `TEEP_PRICES` (nv25 to nv28, ref-fvm `fvm@v4.8.2`): WATERMELON with seal verification
    /// repriced.
    ///
    /// - `verify_seal_base` is 42,000,000 gas instead of 2,000 (charged per seal of a batch);
    /// - aggregate verification has its own entries for NI-PoRep 32 GiB (seal type 18) and
    ///   64 GiB (19): 126 times about a tenth of the interactive per-proof price, and step tables that
    ///   start at one proof (FIP-0092).
    ///
    /// Changes between v4 tags: TEEP appeared in 4.6.0 with only the new `verify_seal_base`;
    /// 4.6.1 added the NI-PoRep aggregate entries (4.6.0 priced types 18 and 19 with the 32 GiB
    /// interactive tables, as WATERMELON still does). These are the 4.6.1 to 4.8.2 values.
    public static let teep: PriceList = fvm4(
        name: "TEEP", verifySealBase: Gas(wholeGas: 42_000_000),
        verifyAggregateSealPer: aggregateSealPer.merging(niPoRepAggregateSealPer) { $1 },
        verifyAggregateSealSteps: aggregateSealSteps.merging(niPoRepAggregateSealSteps) { $1 })

    /// NI-PoRep per-proof aggregate prices (18 = StackedDRG32GiBV1P2_Feat_NiPoRep,
    /// 19 = StackedDRG64GiBV1P2_Feat_NiPoRep).
    static let niPoRepAggregateSealPer: [Int64: Gas] = [
        18: Gas(wholeGas: 44_990 * 126), 19: Gas(wholeGas: 35_928 * 126),
    ]

    /// NI-PoRep aggregate step costs: the interactive tables shifted to start at 1, 2, 3, 5, 9,
    /// 17 and 33 proofs.
    static let niPoRepAggregateSealSteps: [Int64: StepCost] = {
        func steps(_ costs: [Int64]) -> StepCost {
            let starts: [UInt64] = [1, 2, 3, 5, 9, 17, 33]
            return StepCost(zip(starts, costs).map { StepCost.Step(start: $0, cost: Gas(wholeGas: $1)) })
        }
        return [
            18: steps([112_356_810, 122_912_610, 137_559_930, 162_039_100, 210_960_780, 318_351_180, 528_274_980]),
            19: steps([110_803_030, 120_803_700, 134_642_130, 157_357_890, 203_017_690, 304_253_590, 509_880_640]),
        ]
    }()
}
