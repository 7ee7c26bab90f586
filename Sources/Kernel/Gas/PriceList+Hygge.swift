extension PriceList {
    /// `HYGGE_PRICES` (nv18 to nv20, ref-fvm 3.x at `2f284c85`).
    public static let hygge: PriceList = {
        func gas(_ whole: Int64) -> Gas { Gas(wholeGas: whole) }
        let actorUpdate = gas(475_000)
        let blake2b256 = ScalingCost(scale: gas(10))
        let memcpy = ScalingCost(scale: Gas(milligas: 400))
        let allocate = ScalingCost(scale: gas(2))
        // Domain separation tag (8) + VRF digest (32) + round (8) are hashed with the entropy.
        let randomnessPrefixBytes: Int64 = 8 + 32 + 8
        let post = ScalingCost(flat: gas(117_680_921), scale: gas(43_780))

        return PriceList(
            name: "HYGGE", arithmetic: .unsigned64,
            onChainMessageCompute: .fixed(gas(38_863)),
            onChainMessageStorage: ScalingCost(flat: gas(36 * 1300), scale: gas(1300)),
            onChainReturnCompute: .zero,
            onChainReturnStorage: ScalingCost(scale: gas(1300)),
            sendBase: .zero, sendTransferFunds: gas(6_000), sendTransferOnlyPremium: .zero,
            sendInvokeMethod: gas(75_000),
            actorLookup: gas(500_000), actorUpdate: actorUpdate,
            createActorCompute: .zero, createActorStorage: gas(650_000),
            addressAssignment: gas(1_000_000), addressLookup: gas(1_050_000),
            deleteActorStorage: .zero,
            preloadedActors: [0, 1, 2, 3, 4, 5, 6, 7, 10, 99],
            syscall: gas(14_000),
            signatureVerification: [
                1: ScalingCost(flat: gas(1_637_292), scale: gas(10)),
                2: ScalingCost(flat: gas(16_598_605), scale: gas(26)),
            ],
            secp256k1Recover: gas(1_637_292),
            hashing: .perCode([
                0x12: ScalingCost(scale: gas(7)),  // sha2-256
                0xb220: blake2b256,  // blake2b-256
                0xb240: ScalingCost(scale: gas(10)),  // blake2b-512
                0x1b: ScalingCost(scale: gas(33)),  // keccak-256
                0x1053: ScalingCost(scale: gas(35)),  // ripemd-160
            ]),
            randomness: SplitCost(
                other: ScalingCost(
                    flat: gas(21_000) + blake2b256.scale * randomnessPrefixBytes, scale: blake2b256.scale)),
            tipsetCIDLatest: gas(50_000), tipsetCIDHistorical: gas(215_000),
            builtinActorManifestLookup: .zero, networkContext: .zero, messageContext: .zero,
            computeUnsealedSectorCIDBase: gas(98_647), verifySealBase: gas(2_000),
            verifyAggregateSealPer: aggregateSealPer, verifyAggregateSealSteps: aggregateSealSteps,
            verifyAggregateSealFallback: 8,
            verifyPoStLookup: [7: post, 8: post, 9: post, 12: post, 13: post, 14: post], verifyPoStFallback: 7,
            verifyConsensusFault: SplitCost(other: .fixed(gas(516_422))),
            verifyReplicaUpdate: gas(36_316_136),
            blockOpenBase: SplitCost(other: .fixed(gas(187_440))),
            blockOpenPerByte: .zero,
            blockAllocate: allocate,
            blockMemcpy: memcpy,
            blockMemoryRetentionMinimum: ScalingCost(scale: gas(10)),
            blockCreateBase: .zero, blockReadBase: .zero,
            blockLinkCompute: ScalingCost(scale: memcpy.scale + allocate.scale),
            blockLinkChargesHashing: true,
            // Deferred flush (172,000) plus storage (334,000 flat, about 100 bytes of metadata).
            blockLinkOther: ScalingCost(flat: gas(172_000) + gas(334_000), scale: gas(3_340)),
            blockStat: .zero,
            eventValidation: ScalingCost(flat: gas(1_750), scale: gas(25)),
            eventAcceptPerIndexElement: .zero,
            wasmMemoryFillBase: .zero, wasmMemoryFillPerByte: Gas(milligas: 400), wasmTableElementSize: 8
        )
    }()
}
