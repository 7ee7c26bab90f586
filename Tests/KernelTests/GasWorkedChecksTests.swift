import Testing
import Kernel

/// The worked gas checks of kernel-and-executor.md §8: inclusion plus the send charges of bare
/// sends and failed transfers, against the `gas_used` of the corpus vectors.
@Suite struct GasWorkedChecksTests {
    private func wholeGas(_ charges: [GasCharge]) -> Int128 {
        charges.reduce(Gas.zero) { $0 + $1.total }.roundedUp
    }

    @Test func nv17AccountSendOk1() {
        // BLS sender, 81-byte message, value 0, method 0.
        let p = PriceList.skyr
        #expect(p.onChainMessage(length: 81).total == Gas(wholeGas: 190_963))
        #expect(p.onMethodInvocation(valueIsZero: true, method: 0).total == Gas(wholeGas: 29_233))
        #expect(
            wholeGas([p.onChainMessage(length: 81), p.onMethodInvocation(valueIsZero: true, method: 0)]) == 220_196)
    }

    @Test func nv17MultisigSendOk1() {
        // BLS sender, 91 bytes, value ≠ 0, method 0: base + transfer + transfer-only premium.
        let p = PriceList.skyr
        #expect(p.onMethodInvocation(valueIsZero: false, method: 0).total == Gas(wholeGas: 216_405))
        #expect(
            wholeGas([p.onChainMessage(length: 91), p.onMethodInvocation(valueIsZero: false, method: 0)]) == 420_368)
    }

    @Test func nv17MethodInvocationTable() {
        let p = PriceList.skyr
        #expect(p.onMethodInvocation(valueIsZero: true, method: 0).total == Gas(wholeGas: 29_233))
        #expect(p.onMethodInvocation(valueIsZero: false, method: 0).total == Gas(wholeGas: 216_405))
        #expect(p.onMethodInvocation(valueIsZero: true, method: 2).total == Gas(wholeGas: 23_856))
        #expect(p.onMethodInvocation(valueIsZero: false, method: 6).total == Gas(wholeGas: 51_356))
    }

    /// nv17 transfers failing with SYS_INSUFFICIENT_FUNDS pay the whole invocation charge.
    @Test(arguments: [(160, 345_019), (2019, 2_761_719)])
    func nv17InsufficientFunds(length: Int, gasUsed: Int) {
        let p = PriceList.skyr
        #expect(
            wholeGas([p.onChainMessage(length: length), p.onMethodInvocation(valueIsZero: false, method: 6)])
                == Int128(gasUsed))
    }

    @Test func nv18StorageMinerSendOk2() {
        // BLS sender, 95 bytes, value ≠ 0: inclusion (with the sender update), the transfer
        // charge, and the receiver's first update (it was pre-read, the sender pre-updated).
        let p = PriceList.hygge
        #expect(p.onChainMessage(length: 95).total == Gas(wholeGas: 684_163))
        #expect(wholeGas([p.onChainMessage(length: 95), p.onValueTransfer(), p.onActorUpdate()]) == 1_165_163)
    }

    @Test func nv18StorageMinerSendOk1() {
        // secp sender: 60-byte message + 69-byte signature envelope = 129 bytes.
        let p = PriceList.hygge
        #expect(wholeGas([p.onChainMessage(length: 129), p.onValueTransfer(), p.onActorUpdate()]) == 1_209_363)
    }

    /// nv18 PreCommitSector/SysErrInsufficientFunds-1: only the transfer charge follows inclusion.
    @Test func nv18InsufficientFunds() {
        let p = PriceList.hygge
        #expect(wholeGas([p.onChainMessage(length: 163), p.onValueTransfer()]) == 778_563)
    }

    @Test func nv18InclusionFormula() {
        for length in [0, 1, 60, 1000] {
            #expect(PriceList.hygge.onChainMessage(length: length).total == Gas(wholeGas: 560_663 + 1300 * length))
        }
    }
}
