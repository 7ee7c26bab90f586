extension PriceList {
    /// `SKYR_PRICES` (nv16 and nv17, ref-fvm 2.x at `1e336020`).
    public static let skyr: PriceList = {
        func gas(_ whole: Int64) -> Gas { Gas(wholeGas: whole) }
        // SKYR multiplies storage sizes by this to get gas.
        let storageGasMultiplier: Int64 = 1300
        // SKYR adds this to every charge that crosses into the client (block open, randomness,
        // consensus fault), all booked as compute.
        let externCost = gas(21_000)
        // Per-byte retention price of opened and created blocks (both 10 in SKYR).
        let memoryRetentionPerByte = gas(10)
        let memcpyPerByte = Gas(milligas: 500)
        let post = ScalingCost(flat: gas(117_680_921), scale: gas(43_780))

        return PriceList(
            name: "SKYR", arithmetic: .signed64,
            onChainMessageCompute: .fixed(gas(38_863)),
            onChainMessageStorage: ScalingCost(
                flat: gas(36 * storageGasMultiplier), scale: gas(1 * storageGasMultiplier)),
            onChainReturnCompute: .zero,
            onChainReturnStorage: ScalingCost(scale: gas(1 * storageGasMultiplier)),
            sendBase: gas(29_233), sendTransferFunds: gas(27_500), sendTransferOnlyPremium: gas(159_672),
            sendInvokeMethod: gas(-5_377),
            actorLookup: .zero, actorUpdate: .zero,
            createActorCompute: gas(1_108_454), createActorStorage: gas((36 + 40) * storageGasMultiplier),
            addressAssignment: .zero, addressLookup: .zero,
            deleteActorStorage: gas(-(36 + 40) * storageGasMultiplier),
            preloadedActors: [],
            syscall: gas(14_000),
            signatureVerification: [1: .fixed(gas(1_637_292)), 2: .fixed(gas(16_598_605))],
            secp256k1Recover: gas(1_637_292),
            hashing: .flat(gas(31_355)),
            // get_randomness_base and get_randomness_per_byte are both 0.
            randomness: SplitCost(compute: .fixed(externCost)),
            tipsetCIDLatest: .zero, tipsetCIDHistorical: .zero,
            builtinActorManifestLookup: .zero, networkContext: .zero, messageContext: .zero,
            computeUnsealedSectorCIDBase: gas(98_647), verifySealBase: gas(2_000),
            verifyAggregateSealPer: aggregateSealPer, verifyAggregateSealSteps: aggregateSealSteps,
            verifyAggregateSealFallback: 8,
            verifyPoStLookup: [7: post, 8: post, 9: post], verifyPoStFallback: 7,
            verifyConsensusFault: SplitCost(compute: .fixed(externCost + gas(495_422))),
            verifyReplicaUpdate: gas(36_316_136),
            blockOpenBase: SplitCost(compute: .fixed(externCost + gas(114_617))),
            blockOpenPerByte: .zero,
            blockAllocate: ScalingCost(scale: memoryRetentionPerByte),
            blockMemcpy: ScalingCost(scale: memcpyPerByte),
            blockMemoryRetentionMinimum: .zero,
            blockCreateBase: .zero, blockReadBase: .zero,
            // The block is copied twice: registry to buffered store, and store to client on flush.
            blockLinkCompute: ScalingCost(flat: gas(353_640), scale: memcpyPerByte * 2),
            blockLinkChargesHashing: false,
            blockLinkOther: ScalingCost(scale: gas(1 * storageGasMultiplier)),
            blockStat: .zero,
            eventValidation: .zero, eventAcceptPerIndexElement: .zero,
            wasmMemoryFillBase: .zero, wasmMemoryFillPerByte: .zero, wasmTableElementSize: 8
        )
    }()

    /// Aggregate seal verification prices, identical in SKYR and HYGGE (keys: seal proof types
    /// 8 = StackedDRG32GiBV1P1, 9 = StackedDRG64GiBV1P1).
    static let aggregateSealPer: [Int64: Gas] = [8: Gas(wholeGas: 449_900), 9: Gas(wholeGas: 359_272)]

    /// Aggregate seal verification step costs, identical in SKYR and HYGGE.
    static let aggregateSealSteps: [Int64: StepCost] = {
        func steps(_ costs: [Int64]) -> StepCost {
            let starts: [UInt64] = [4, 7, 13, 26, 52, 103, 205, 410]
            return StepCost(zip(starts, costs).map { StepCost.Step(start: $0, cost: Gas(wholeGas: $1)) })
        }
        return [
            8: steps([
                103_994_170, 112_356_810, 122_912_610, 137_559_930, 162_039_100, 210_960_780, 318_351_180, 528_274_980,
            ]),
            9: steps([
                102_581_240, 110_803_030, 120_803_700, 134_642_130, 157_357_890, 203_017_690, 304_253_590, 509_880_640,
            ]),
        ]
    }()
}
