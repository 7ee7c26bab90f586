import Testing
import Kernel

private func g(_ whole: Int) -> Gas { Gas(wholeGas: whole) }

/// TEEP (nv25-nv28): pinned to ref-fvm's `TEEP_PRICES` at `fvm@v4.8.2` (WATERMELON with
/// `verify_seal_base` 42,000,000 and NI-PoRep aggregate entries), including the values of that
/// tag's own NI-PoRep aggregate tests and FIP-0092's single-sector figures.
@Suite struct TeepPriceListTests {
    let p = PriceList.teep
    let w = PriceList.watermelon

    @Test func identity() {
        #expect(p.name == "TEEP")
        #expect(p.arithmetic == .unsigned64)
    }

    @Test func sealVerification() {
        #expect(p.onVerifySeal().total == g(42_000_000))
        #expect(p.onVerifySeal().compute == g(42_000_000))
    }

    /// FIP-0092: 44,990 × 126 + 112,356,810 = 118,025,550 and 35,928 × 126 + 110,803,030 = 115,329,958.
    @Test func niPoRepSingleSector() {
        #expect(p.onVerifyAggregateSeals(sealProof: 18, count: 1).total == g(118_025_550))
        #expect(p.onVerifyAggregateSeals(sealProof: 19, count: 1).total == g(115_329_958))
    }

    @Test(arguments: [
        (1, 112_356_810), (2, 122_912_610), (3, 137_559_930), (4, 137_559_930), (5, 162_039_100),
        (8, 162_039_100), (9, 210_960_780), (16, 210_960_780), (17, 318_351_180), (32, 318_351_180),
        (33, 528_274_980), (65, 528_274_980),
    ])
    func niPoRep32GiB(count: Int, step: Int) {
        #expect(p.onVerifyAggregateSeals(sealProof: 18, count: count).total == g(44_990 * 126 * count + step))
    }

    @Test(arguments: [
        (1, 110_803_030), (2, 120_803_700), (3, 134_642_130), (4, 134_642_130), (5, 157_357_890),
        (8, 157_357_890), (9, 203_017_690), (16, 203_017_690), (17, 304_253_590), (32, 304_253_590),
        (33, 509_880_640), (64, 509_880_640),
    ])
    func niPoRep64GiB(count: Int, step: Int) {
        #expect(p.onVerifyAggregateSeals(sealProof: 19, count: count).total == g(35_928 * 126 * count + step))
    }

    @Test func interactiveAggregatesUnchanged() {
        for count in [1, 3, 4, 7, 13, 26, 52, 65, 410] {
            #expect(
                p.onVerifyAggregateSeals(sealProof: 8, count: count)
                    == w.onVerifyAggregateSeals(sealProof: 8, count: count))
            #expect(
                p.onVerifyAggregateSeals(sealProof: 9, count: count)
                    == w.onVerifyAggregateSeals(sealProof: 9, count: count))
        }
        #expect(p.onVerifyAggregateSeals(sealProof: 8, count: 65).total == g(449_900 * 65 + 162_039_100))
        // Other unlisted types still use the 32 GiB interactive tables.
        #expect(p.onVerifyAggregateSeals(sealProof: 15, count: 4).total == g(449_900 * 4 + 103_994_170))
    }

    /// Everything but seal verification is WATERMELON's.
    @Test func restIsWatermelon() {
        #expect(p.onChainMessage(length: 250) == w.onChainMessage(length: 250))
        #expect(p.onMethodInvocation(paramLinks: 2) == w.onMethodInvocation(paramLinks: 2))
        #expect(p.onGetRandomness(lookback: 7) == w.onGetRandomness(lookback: 7))
        #expect(p.onTipsetCID(lookbackEpochs: 3) == w.onTipsetCID(lookbackEpochs: 3))
        #expect(
            p.onActorEvent(entries: 3, keySize: 12, valueSize: 64)
                == w.onActorEvent(entries: 3, keySize: 12, valueSize: 64))
        #expect(
            p.onVerifyAggregateSignature(signatures: 2, plaintextLength: 9)
                == w.onVerifyAggregateSignature(signatures: 2, plaintextLength: 9))
        #expect(p.onBlockOpenBase() == w.onBlockOpenBase())
        #expect(p.onBlockOpenPerByte(length: 77, links: 1) == w.onBlockOpenPerByte(length: 77, links: 1))
        #expect(p.onBlockCreate(length: 77, links: 1) == w.onBlockCreate(length: 77, links: 1))
        #expect(p.onBlockLink(hashCode: 0xb220, length: 77) == w.onBlockLink(hashCode: 0xb220, length: 77))
        #expect(p.onIPLDScan(fields: 9, cids: 2) == w.onIPLDScan(fields: 9, cids: 2))
        #expect(
            p.onVerifyPoSt(firstProofType: 14, challengedSectors: 5)
                == w.onVerifyPoSt(firstProofType: 14, challengedSectors: 5))
        #expect(p.onVerifyReplicaUpdate() == w.onVerifyReplicaUpdate())
        #expect(p.onComputeUnsealedSectorCID() == w.onComputeUnsealedSectorCID())
        #expect(p.preloadedActors == w.preloadedActors)
    }
}
