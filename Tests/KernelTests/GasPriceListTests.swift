import Testing
import Kernel

private func g(_ whole: Int) -> Gas { Gas(wholeGas: whole) }
private func mg(_ milli: Int) -> Gas { Gas(milligas: milli) }

/// The charge formulas of wasm-and-gas.md §3.4 and the proof tables of §3.5.
@Suite struct GasPriceListSkyrTests {
    let p = PriceList.skyr

    @Test func arithmeticIsSigned() { #expect(p.arithmetic == .signed64) }

    @Test func messageAndReturn() {
        #expect(p.onChainMessage(length: 100).compute == g(38_863))
        #expect(p.onChainMessage(length: 100).other == g(1300 * 136))
        #expect(p.onChainReturnValue(length: 10).compute == .zero)
        #expect(p.onChainReturnValue(length: 10).other == g(13_000))
        #expect(p.onChainReturnValue(length: 0).total == .zero)
        #expect(p.onSyscall().total == g(14_000))
    }

    @Test func actors() {
        for implicit in [false, true] {
            let c = p.onCreateActor(newAddress: implicit)
            #expect(c.compute == g(1_108_454) && c.other == g(98_800) && c.total == g(1_207_254))
        }
        #expect(p.onDeleteActor().other == g(-98_800))
        #expect(p.onDeleteActor().name == "OnDeleteActor")
    }

    @Test func crypto() {
        #expect(p.onVerifySignature(signatureType: 1, plaintextLength: 500)?.total == g(1_637_292))
        #expect(p.onVerifySignature(signatureType: 2, plaintextLength: 500)?.total == g(16_598_605))
        #expect(p.onVerifySignature(signatureType: 3, plaintextLength: 0) == nil)
        #expect(p.onRecoverSecpPublicKey().total == g(1_637_292))
        // Flat for any code, even one the syscall then rejects.
        for code: UInt64 in [0x12, 0xb220, 0x1b, 0x99] {
            #expect(p.onHashing(code: code, length: 10_000)?.total == g(31_355))
        }
        let r = p.onGetRandomness(entropyLength: 100)
        #expect(r.compute == g(21_000) && r.other == .zero)
    }

    @Test func blocks() {
        #expect(p.onBlockOpenBase().compute == g(135_617))
        #expect(p.onBlockOpenPerByte(length: 100).compute == g(1_050))
        #expect(p.onBlockOpenPerByte(length: 100).other == .zero)
        #expect(p.onBlockRead(length: 100).total == g(50))
        #expect(p.onBlockCreate(length: 100).compute == g(1_050))
        #expect(p.onBlockCreate(length: 100).other == .zero)
        let link = p.onBlockLink(hashCode: 0xb220, length: 100)
        #expect(link.compute == g(353_640 + 100) && link.other == g(130_000))
        #expect(link.total == g(353_640 + 1301 * 100))
        #expect(p.onBlockStat().total == .zero)
    }

    @Test func proofs() {
        #expect(p.onComputeUnsealedSectorCID().total == g(98_647))
        #expect(p.onVerifySeal().total == g(2_000))
        #expect(p.onVerifyReplicaUpdate().total == g(36_316_136))
        let fault = p.onVerifyConsensusFault()
        #expect(fault.compute == g(516_422) && fault.other == .zero)
        #expect(p.onVerifyPoSt(firstProofType: 8, challengedSectors: 10).total == g(117_680_921 + 437_800))
        #expect(p.onVerifyPoSt(firstProofType: nil, challengedSectors: 1).total == g(117_680_921 + 43_780))
        #expect(p.onVerifyPoSt(firstProofType: 13, challengedSectors: 0).total == g(117_680_921))  // fallback
    }

    @Test func stateAccessAndWasmInitAreFree() {
        #expect(p.onActorLookup().total == .zero)
        #expect(p.onActorUpdate().total == .zero)
        #expect(p.onWasmMemoryInit(bytes: 17 * 65536).total == .zero)
        #expect(p.memoryGrowGas(bytes: 65536) == .zero)
        #expect(p.preloadedActors.isEmpty)
    }
}

@Suite struct GasPriceListHyggeTests {
    let p = PriceList.hygge

    @Test func arithmeticIsUnsigned() { #expect(p.arithmetic == .unsigned64) }

    @Test func messageAndSends() {
        let inclusion = p.onChainMessage(length: 100)
        #expect(inclusion.compute == g(38_863))
        #expect(inclusion.other == g(475_000 + 46_800 + 130_000))
        #expect(p.onChainReturnValue(length: 10).other == g(13_000))
        #expect(p.onValueTransfer().total == g(6_000))
        #expect(p.onMethodInvocation().total == g(75_000))
        #expect(p.onSyscall().total == g(14_000))
    }

    @Test func actors() {
        #expect(p.onCreateActor(newAddress: false).other == g(650_000))
        #expect(p.onCreateActor(newAddress: true).other == g(2_700_000))
        #expect(p.onCreateActor(newAddress: true).compute == .zero)
        #expect(p.onDeleteActor().total == .zero)
        #expect(p.onActorLookup().other == g(500_000))
        #expect(p.onActorUpdate().other == g(475_000))
        #expect(p.onActorCreate().other == g(650_000))
        // Implicit account creation: OnCreateActor(true) plus the new actor's lookup and update.
        #expect(
            p.onCreateActor(newAddress: true).total + p.onActorLookup().total + p.onActorUpdate().total == g(3_675_000))
        #expect(p.preloadedActors == [0, 1, 2, 3, 4, 5, 6, 7, 10, 99])
    }

    @Test func zeroPricedLookups() {
        for c in [
            p.onSelfBalance(), p.onBalanceOf(), p.onResolveAddress(), p.onLookupDelegatedAddress(),
            p.onGetActorCodeCID(), p.onGetBuiltinActorType(), p.onGetCodeCIDForType(),
            p.onNetworkContext(), p.onMessageContext(), p.onBlockStat(),
        ] {
            #expect(c.total == .zero)
        }
    }

    @Test func crypto() {
        #expect(p.onVerifySignature(signatureType: 1, plaintextLength: 100)?.total == g(1_637_292 + 1_000))
        #expect(p.onVerifySignature(signatureType: 2, plaintextLength: 100)?.total == g(16_598_605 + 2_600))
        #expect(p.onVerifySignature(signatureType: 0, plaintextLength: 100) == nil)
        #expect(p.onRecoverSecpPublicKey().total == g(1_637_292))
        let perByte: [(UInt64, Int)] = [(0x12, 7), (0xb220, 10), (0xb240, 10), (0x1b, 33), (0x1053, 35)]
        for (code, price) in perByte {
            #expect(p.onHashing(code: code, length: 100)?.total == g(100 * price))
            #expect(p.onHashing(code: code, length: 0)?.total == .zero)
        }
        #expect(p.onHashing(code: 0x16, length: 100) == nil)
        let r = p.onGetRandomness(entropyLength: 10)
        #expect(r.compute == .zero && r.other == g(21_000 + 10 * (48 + 10)))
        #expect(p.onTipsetCID(lookback: false).other == g(50_000))
        #expect(p.onTipsetCID(lookback: true).other == g(215_000))
    }

    @Test func blocks() {
        #expect(p.onBlockOpenBase().other == g(187_440))
        #expect(p.onBlockOpenBase().compute == .zero)
        // 10 gas per byte in total, split 2.4 compute and 7.6 retention.
        let open = p.onBlockOpenPerByte(length: 10)
        #expect(open.compute == g(24) && open.other == g(76) && open.total == g(100))
        let create = p.onBlockCreate(length: 10)
        #expect(create.compute == g(24) && create.other == g(76) && create.total == g(100))
        #expect(p.onBlockRead(length: 10).total == g(4))
        #expect(p.onBlockRead(length: 3).total == mg(1_200))
        let link = p.onBlockLink(hashCode: 0xb220, length: 100)
        #expect(link.compute == g(1_240) && link.other == g(506_000 + 334_000))
        #expect(link.total == mg(506_000_000 + 3_352_400 * 100))
        #expect(p.onBlockLink(hashCode: 0x12, length: 100).compute == g(940))
    }

    @Test func events() {
        #expect(p.onActorEventValidate(length: 100).total == g(1_750 + 2_740))
        let accept = p.onActorEventAccept(serializedLength: 100, indexedElements: 3, indexedBytes: 40)
        #expect(accept.compute == mg(2_400 * 112))
        #expect(accept.total == mg(15_200 * 112))
    }

    @Test func proofs() {
        #expect(p.onComputeUnsealedSectorCID().total == g(98_647))
        #expect(p.onVerifySeal().total == g(2_000))
        #expect(p.onVerifyReplicaUpdate().total == g(36_316_136))
        let fault = p.onVerifyConsensusFault()
        #expect(fault.compute == .zero && fault.other == g(516_422))
        #expect(p.onVerifyPoSt(firstProofType: 13, challengedSectors: 2).total == g(117_680_921 + 87_560))
    }

    @Test func wasmHostCharges() {
        let memory = p.onWasmMemoryInit(bytes: 17 * 65536)
        #expect(memory.name == "wasm_memory_init" && memory.total == mg(445_644_800))
        #expect(p.onWasmTableInit(elements: 100).total == g(320))
        #expect(p.memoryGrowGas(bytes: 65536) == mg(26_214_400))
    }
}

@Suite struct GasAggregateSealTests {
    @Test(arguments: [PriceList.skyr, PriceList.hygge])
    func aggregateTables(p: PriceList) {
        #expect(p.onVerifyAggregateSeals(sealProof: 8, count: 3).total == g(449_900 * 3))
        #expect(p.onVerifyAggregateSeals(sealProof: 8, count: 4).total == g(449_900 * 4 + 103_994_170))
        #expect(p.onVerifyAggregateSeals(sealProof: 8, count: 409).total == g(449_900 * 409 + 318_351_180))
        #expect(p.onVerifyAggregateSeals(sealProof: 9, count: 410).total == g(359_272 * 410 + 509_880_640))
        #expect(p.onVerifyAggregateSeals(sealProof: 9, count: 25).total == g(359_272 * 25 + 120_803_700))
        // Unknown types use the 32 GiB tables.
        #expect(p.onVerifyAggregateSeals(sealProof: 3, count: 7) == p.onVerifyAggregateSeals(sealProof: 8, count: 7))
    }
}
