import Testing
import Kernel

private func g(_ whole: Int) -> Gas { Gas(wholeGas: whole) }

@Suite struct GasTrackerTests {
    @Test(arguments: [GasArithmetic.signed64, .unsigned64])
    func chargeLandingExactlyOnTheLimitSucceeds(arithmetic: GasArithmetic) throws {
        let t = GasTracker(limit: g(100), arithmetic: arithmetic)
        try t.charge("a", g(60))
        try t.charge("b", g(40))
        #expect(t.used == g(100) && t.available == .zero)
        try t.charge("nothing", .zero)
        #expect(throws: OutOfGas(chargeName: "c")) { try t.charge("c", Gas(milligas: 1)) }
        #expect(t.used == g(100))
    }

    @Test(arguments: [GasArithmetic.signed64, .unsigned64])
    func outOfGasClampsUsedToTheLimit(arithmetic: GasArithmetic) {
        let t = GasTracker(limit: g(100), used: g(90), arithmetic: arithmetic)
        #expect(throws: OutOfGas.self) { try t.charge(GasCharge(name: "big", compute: g(15), other: g(5))) }
        #expect(t.used == g(100) && t.available == .zero)
        #expect(throws: OutOfGas.self) { try t.charge("after", Gas(milligas: 1)) }
    }

    @Test func saturatedChargeRunsOut() {
        let t = GasTracker(limit: g(1_000), arithmetic: .unsigned64)
        let huge = GasArithmetic.unsigned64.gas(wholeGas: UInt64.max)
        #expect(throws: OutOfGas.self) { try t.charge("gas.charge", huge) }
        #expect(t.used == g(1_000))
    }

    /// v2 refunds (`OnDeleteActor`, negative `gas.charge`) lower gas used, even below zero.
    @Test func negativeChargesInV2() throws {
        let t = GasTracker(limit: g(200_000), arithmetic: .signed64)
        try t.charge("work", g(50_000))
        try t.charge(PriceList.skyr.onDeleteActor())
        #expect(t.used == g(-48_800))
        #expect(t.available == g(248_800))
        try t.charge("gas.charge", GasArithmetic.signed64.gas(wholeGas: -1))
        #expect(t.used == g(-48_801))
        // A refund after running out brings used back below the limit.
        #expect(throws: OutOfGas.self) { try t.charge("all", g(300_000)) }
        try t.charge(PriceList.skyr.onDeleteActor())
        #expect(t.used == g(200_000 - 98_800))
    }

    /// v3 has no negative amounts: a negative charge saturates to zero.
    @Test func negativeChargesSaturateInV3() throws {
        let t = GasTracker(limit: g(100), arithmetic: .unsigned64)
        try t.charge("work", g(10))
        try t.charge(GasCharge(name: "odd", compute: g(-5)))
        #expect(t.used == g(10))
    }

    @Test func limitIsCappedAtI64MaxMilligas() {
        let t = GasTracker(limit: Gas(wholeGas: UInt64.max), used: Gas(wholeGas: UInt64.max), arithmetic: .unsigned64)
        #expect(t.limit == Gas(milligas: Int64.max))
        #expect(t.used == t.limit)
        let s = GasTracker(limit: Gas(wholeGas: Int64.max), arithmetic: .signed64)
        #expect(s.limit == Gas(milligas: Int64.max))
    }

    @Test func nestedLimitTakesTheSmallerOfAvailableAndRequested() throws {
        let t = GasTracker(limit: g(1_000), used: g(100), arithmetic: .unsigned64)
        t.pushLimit(g(500))
        #expect(t.limit == g(500) && t.used == .zero && t.nestingDepth == 1)
        try t.charge("inner", g(300))
        #expect(t.totalUsed == g(400))
        try t.popLimit()
        #expect(t.limit == g(1_000) && t.used == g(400) && t.nestingDepth == 0)

        t.pushLimit(g(10_000))
        #expect(t.limit == g(600))
        try t.popLimit()
        #expect(t.used == g(400))
    }

    /// The callee runs out of its own limit; after the pop the caller still has gas.
    @Test func nestedOutOfGasLeavesTheCallerRunning() throws {
        let t = GasTracker(limit: g(1_000), used: g(100), arithmetic: .unsigned64)
        t.pushLimit(g(50))
        #expect(throws: OutOfGas.self) { try t.charge("inner", g(60)) }
        #expect(t.used == g(50) && t.available == .zero)
        try t.popLimit()
        #expect(t.used == g(150) && t.available == g(850))
        try t.charge("caller", g(850))
    }

    /// Without gas left in the caller, the nested limit is the caller's remainder and the
    /// out-of-gas persists after the pop.
    @Test func nestedOutOfGasWithoutCallerGas() throws {
        let t = GasTracker(limit: g(100), used: g(60), arithmetic: .unsigned64)
        t.pushLimit(g(500))
        #expect(t.limit == g(40))
        #expect(throws: OutOfGas.self) { try t.charge("inner", g(41)) }
        try t.popLimit()
        #expect(t.used == g(100) && t.available == .zero)
    }

    @Test func nestedTwice() throws {
        let t = GasTracker(limit: g(1_000), arithmetic: .unsigned64)
        try t.charge("a", g(100))
        t.pushLimit(g(500))
        try t.charge("b", g(100))
        t.pushLimit(g(1_000))
        #expect(t.limit == g(400))
        try t.charge("c", g(50))
        #expect(t.totalUsed == g(250))
        try t.popLimit()
        #expect(t.used == g(150) && t.limit == g(500))
        try t.popLimit()
        #expect(t.used == g(250) && t.limit == g(1_000))
        #expect(throws: GasTrackerError.noLimitToPop) { try t.popLimit() }
    }

    @Test func traceRecordsEveryChargeWithMessageTotals() throws {
        let t = GasTracker(limit: g(1_000), arithmetic: .unsigned64, tracing: true)
        try t.charge(GasCharge(name: "OnChainMessage", compute: g(100), other: g(200)))
        t.traceFrame = GasTraceFrame(depth: 1, actorID: 1000, method: 2)
        t.pushLimit(g(100))
        try t.charge("wasm_exec", Gas(milligas: 1_500))
        #expect(throws: OutOfGas.self) { try t.charge("OnSyscall", g(14_000)) }
        let trace = t.drainTrace()
        #expect(trace.map(\.name) == ["OnChainMessage", "wasm_exec", "OnSyscall"])
        #expect(trace[0].frame == .executor && trace[0].compute == g(100) && trace[0].other == g(200))
        #expect(trace[0].totalUsedAfter == g(300))
        #expect(trace[1].totalUsedAfter == Gas(milligas: 301_500))
        #expect(trace[1].frame == GasTraceFrame(depth: 1, actorID: 1000, method: 2))
        // The failing charge is recorded with its full amount and the clamped total.
        #expect(trace[2].compute == g(14_000) && trace[2].totalUsedAfter == g(400))
        #expect(t.drainTrace().isEmpty)
    }

    @Test func noTraceWhenDisabled() throws {
        let t = GasTracker(limit: g(10), arithmetic: .signed64)
        try t.charge("a", g(1))
        #expect(!t.isTracing && t.drainTrace().isEmpty)
    }
}

@Suite struct GasReceiptTests {
    @Test func receiptGasUsedRoundsUpAndFloorsAtZero() throws {
        let t = GasTracker(limit: g(1_000), arithmetic: .signed64)
        try t.charge("a", Gas(milligas: 100_001))
        #expect(t.receiptGasUsed == 101)
        try t.charge(PriceList.skyr.onDeleteActor())
        #expect(t.used < .zero && t.receiptGasUsed == 0)
    }

    @Test func outOfGasReportsTheLimit() {
        let t = GasTracker(limit: g(1_000), arithmetic: .unsigned64)
        #expect(throws: OutOfGas.self) { try t.charge("a", g(2_000)) }
        #expect(t.receiptGasUsed == 1_000)
    }
}
