import Testing
import Kernel

private func g(_ whole: Int) -> Gas { Gas(wholeGas: whole) }
private func mg(_ milli: Int) -> Gas { Gas(milligas: milli) }

/// WATERMELON (nv21-nv24): every number pinned to ref-fvm's `WATERMELON_PRICES` at `fvm@v4.8.2`,
/// and the FVM 4 charges checked against values worked out by hand from that tag's formulas.
@Suite struct WatermelonPriceListTests {
    let p = PriceList.watermelon

    @Test func identity() {
        #expect(p.name == "WATERMELON")
        #expect(p.arithmetic == .unsigned64)
        #expect(p.preloadedActors == [0, 1, 2, 3, 4, 5, 6, 7, 10, 99])
    }

    @Test func messageAndSends() {
        let inclusion = p.onChainMessage(length: 100)
        #expect(inclusion.compute == g(38_863))
        #expect(inclusion.other == g(475_000 + 36 * 1300 + 100 * 1300))
        #expect(p.onChainReturnValue(length: 10).compute == .zero)
        #expect(p.onChainReturnValue(length: 10).other == g(13_000))
        #expect(p.onValueTransfer().total == g(6_000))
        #expect(p.onMethodInvocation().total == g(75_000))
        let withLinks = p.onMethodInvocation(paramLinks: 3)
        #expect(withLinks.compute == g(75_000 + 3 * 300) && withLinks.other == .zero)
        #expect(p.onSyscall().total == g(14_000))
    }

    @Test func actors() {
        #expect(p.onCreateActor(newAddress: false).other == g(650_000))
        #expect(p.onCreateActor(newAddress: true).other == g(650_000 + 1_000_000 + 1_050_000))
        #expect(p.onDeleteActor().total == .zero)
        #expect(p.onActorLookup().other == g(500_000))
        #expect(p.onActorUpdate().other == g(475_000))
        #expect(p.onActorCreate().other == g(650_000))
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
        #expect(p.onVerifySignature(signatureType: 3, plaintextLength: 100) == nil)
        #expect(p.onRecoverSecpPublicKey().total == g(1_637_292))
        let perByte: [(UInt64, Int)] = [(0x12, 7), (0xb220, 10), (0xb240, 10), (0x1b, 33), (0x1053, 35)]
        for (code, price) in perByte {
            #expect(p.onHashing(code: code, length: 100)?.total == g(100 * price))
        }
        #expect(p.onHashing(code: 0x16, length: 100) == nil)
    }

    /// FIP-0079 prices, present in WATERMELON from ref-fvm 4.3.0 on.
    @Test func blsAggregate() {
        #expect(p.blsPairing == g(8_299_302))
        #expect(p.blsHashing == ScalingCost(scale: g(7)))
        let c = p.onVerifyAggregateSignature(signatures: 3, plaintextLength: 100)
        #expect(c.name == "OnVerifyBlsAggregateSignature")
        #expect(c.compute == g(8_299_302 * 4 + 700) && c.other == .zero)
        #expect(p.onVerifyAggregateSignature(signatures: 0, plaintextLength: 0).total == g(8_299_302))
    }

    /// `lookback_cost`: 5,800 × 19 + 15,000 + 21,000 = 146,200 flat, 75 per epoch, as other gas.
    @Test func lookback() {
        #expect(p.lookback == ScalingCost(flat: g(146_200), scale: g(75)))
        let r = p.onGetRandomness(lookback: 10)
        #expect(r.name == "OnGetRandomness" && r.compute == .zero && r.other == g(146_950))
        #expect(p.onGetRandomness(lookback: 0).other == g(146_200))
        // A negative lookback is reinterpreted as a huge unsigned one and saturates.
        #expect(p.onGetRandomness(lookback: -1).other == Gas(milligas: UInt64.max))
        #expect(p.onTipsetCID(lookbackEpochs: 1).other == g(146_275))
        #expect(p.onTipsetCID(lookbackEpochs: 2).other == g(146_350))
        #expect(p.onTipsetCID(lookbackEpochs: 900).other == g(213_700))
        #expect(p.onTipsetCID(lookbackEpochs: 900).name == "OnTipsetCid")
        // HYGGE's seed, entropy and fixed tipset prices are gone.
        #expect(p.onGetRandomness(entropyLength: 32).total == .zero)
        #expect(p.onTipsetCID(lookback: true).total == .zero)
    }

    @Test func events() {
        #expect(p.eventPerEntry == ScalingCost(flat: g(2_000), scale: g(1_400)))
        #expect(p.utf8Validation == ScalingCost(flat: g(500), scale: g(16)))
        // Estimated size 12 + 2 × 9 + 10 + 100 = 140 bytes; one copy and allocation 2.4 gas a byte.
        let e = p.onActorEvent(entries: 2, keySize: 10, valueSize: 100)
        #expect(e.name == "OnActorEvent")
        #expect(e.compute == g(2 * 336 + 2_000 + 2 * 1_400 + 500 + 10 * 16))
        #expect(e.other == g(1_400 + 336))
        // An empty event still pays the 12-byte overhead and both flat validation prices.
        let empty = p.onActorEvent(entries: 0, keySize: 0, valueSize: 0)
        #expect(empty.compute == mg(2_557_600) && empty.other == mg(148_800))
        #expect(p.onActorEvent(entries: Int.max, keySize: 0, valueSize: 0).compute == Gas(milligas: UInt64.max))
        let utf8 = p.onUTF8Validation(length: 31)
        #expect(utf8.name == "OnUtf8Validation" && utf8.compute == g(996))
        // The v3 event charges have no prices here.
        #expect(p.onActorEventValidate(length: 100).compute == g(240))
        #expect(
            p.onActorEventAccept(serializedLength: 100, indexedElements: 3, indexedBytes: 40).other == mg(1_433_600))
    }

    /// FIP-0071 reachability: 35 per field and 400 per CID scanned, 300 per link tracked or checked.
    @Test func reachability() {
        #expect(p.ipldCBORScanPerField == g(35) && p.ipldCBORScanPerCID == g(400))
        #expect(p.ipldLinkTracked == g(300) && p.ipldLinkChecked == g(300))
        let scan = p.onIPLDScan(fields: 4, cids: 1)
        #expect(scan.name == "OnScanIpldLinks" && scan.compute == g(540) && scan.other == .zero)
        #expect(p.onIPLDScan(fields: 0, cids: 0).total == .zero)
        #expect(p.ipldScanGas(fields: 10, cids: 3) == g(1_550))
        let root = p.onGetRoot()
        #expect(root.name == "OnActorGetRoot" && root.compute == g(300) && root.other == .zero)
        let setRoot = p.onSetRoot()
        #expect(setRoot.name == "OnActorSetRoot" && setRoot.compute == g(300))
        let ret = p.onReturnValue(links: 4)
        #expect(ret.name == "OnReturnValue" && ret.compute == g(1_200) && ret.other == .zero)
        #expect(p.onReturnValue(links: 0).total == .zero)
    }

    @Test func blocks() {
        let base = p.onBlockOpenBase()
        #expect(base.compute == g(300) && base.other == g(187_440))
        // 10 gas a byte in total, all of it other gas when there are no links.
        let open = p.onBlockOpenPerByte(length: 10)
        #expect(open.name == "OnBlockOpen")
        #expect(open.compute == .zero && open.other == g(100))
        #expect(p.onBlockOpenPerByte(length: 100).other == g(1_000))
        // Tracking a link counts toward the retention minimum.
        let linked = p.onBlockOpenPerByte(length: 10, links: 1)
        #expect(linked.compute == g(300) && linked.other == g(24))
        let create = p.onBlockCreate(length: 10)
        #expect(create.compute == g(24) && create.other == g(76))
        let createLinked = p.onBlockCreate(length: 10, links: 2)
        #expect(createLinked.compute == g(624) && createLinked.other == .zero)
        #expect(p.onBlockRead(length: 10).total == g(4))
        let link = p.onBlockLink(hashCode: 0xb220, length: 100)
        #expect(link.compute == g(1_240 + 300) && link.other == g(172_000 + 334_000 + 334_000))
    }

    @Test func proofs() {
        #expect(p.onComputeUnsealedSectorCID().total == g(98_647))
        #expect(p.onVerifySeal().total == g(2_000))
        #expect(p.onVerifyReplicaUpdate().total == g(36_316_136))
        let fault = p.onVerifyConsensusFault()
        #expect(fault.compute == .zero && fault.other == g(516_422))
        // Only the V1P1 Window PoSt types are listed; anything else uses 512MiB V1P1's price.
        #expect(p.verifyPoStFallback == 12 && Set(p.verifyPoStLookup.keys) == [12, 13, 14])
        #expect(p.onVerifyPoSt(firstProofType: 13, challengedSectors: 2).total == g(117_680_921 + 87_560))
        #expect(p.onVerifyPoSt(firstProofType: 8, challengedSectors: 1).total == g(117_680_921 + 43_780))
        #expect(p.onVerifyPoSt(firstProofType: nil, challengedSectors: 0).total == g(117_680_921))
        #expect(p.onVerifyAggregateSeals(sealProof: 8, count: 4).total == g(449_900 * 4 + 103_994_170))
        #expect(p.onVerifyAggregateSeals(sealProof: 9, count: 410).total == g(359_272 * 410 + 509_880_640))
        // NI-PoRep has no entries before TEEP: it is priced as 32 GiB interactive.
        #expect(p.onVerifyAggregateSeals(sealProof: 18, count: 1).total == g(449_900))
        #expect(p.onVerifyAggregateSeals(sealProof: 19, count: 4).total == g(449_900 * 4 + 103_994_170))
    }

    @Test func wasmHostCharges() {
        #expect(p.onWasmMemoryInit(bytes: 17 * 65536).total == mg(445_644_800))
        #expect(p.onWasmTableInit(elements: 100).total == g(320))
        #expect(p.memoryGrowGas(bytes: 65536) == mg(26_214_400))
    }
}

/// The FVM 4 fields leave the older lists exactly as they were: the same charges as the values
/// pinned in `GasPriceListTests`, whatever links the new parameters pass.
@Suite struct PriceListFVM4FieldsAreInertBeforeWatermelonTests {
    @Test(arguments: [PriceList.skyr, PriceList.hygge])
    func newPricesAreZero(p: PriceList) {
        #expect(p.lookback == .zero && p.blsPairing == .zero && p.blsHashing == .zero)
        #expect(p.eventPerEntry == .zero && p.utf8Validation == .zero)
        #expect(p.ipldCBORScanPerField == .zero && p.ipldCBORScanPerCID == .zero)
        #expect(p.ipldLinkTracked == .zero && p.ipldLinkChecked == .zero)
        #expect(p.blockOpenBooksCopyAsCompute && p.blockOpenChargeName == "OnBlockOpenPerByte")
    }

    @Test(arguments: [PriceList.skyr, PriceList.hygge])
    func linksChangeNothing(p: PriceList) {
        #expect(p.onMethodInvocation(paramLinks: 5) == p.onMethodInvocation())
        #expect(p.onBlockOpenPerByte(length: 100, links: 3) == p.onBlockOpenPerByte(length: 100))
        #expect(p.onBlockCreate(length: 100, links: 3) == p.onBlockCreate(length: 100))
    }

    @Test func hyggeValuesUnchanged() {
        let p = PriceList.hygge
        #expect(p.onMethodInvocation(paramLinks: 2).total == g(75_000))
        let open = p.onBlockOpenPerByte(length: 10, links: 4)
        #expect(open.name == "OnBlockOpenPerByte" && open.compute == g(24) && open.other == g(76))
        #expect(p.onBlockOpenBase().compute == .zero && p.onBlockOpenBase().other == g(187_440))
        let link = p.onBlockLink(hashCode: 0xb220, length: 100)
        #expect(link.compute == g(1_240) && link.other == g(506_000 + 334_000))
        // The unified tipset charge reproduces v3's two fixed prices.
        #expect(p.onTipsetCID(lookbackEpochs: 1) == p.onTipsetCID(lookback: false))
        #expect(p.onTipsetCID(lookbackEpochs: 1).other == g(50_000))
        #expect(p.onTipsetCID(lookbackEpochs: 2).other == g(215_000))
        #expect(p.onTipsetCID(lookbackEpochs: 899) == p.onTipsetCID(lookback: true))
    }

    @Test func skyrValuesUnchanged() {
        let p = PriceList.skyr
        #expect(p.onBlockOpenBase().compute == g(135_617))
        #expect(p.onBlockOpenPerByte(length: 100, links: 2).compute == g(1_050))
        #expect(p.onBlockCreate(length: 100, links: 2).compute == g(1_050))
        let link = p.onBlockLink(hashCode: 0xb220, length: 100)
        #expect(link.compute == g(353_640 + 100) && link.other == g(130_000))
    }
}
