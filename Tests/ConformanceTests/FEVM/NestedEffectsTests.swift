import BigInt
import Conformance
import Testing

/// What a nested call leaves behind depends on how it ends: a subcall that reverts takes its
/// events with it while the caller's own events stay, and value a contract sends to an unused
/// Ethereum address creates a placeholder there, as a top-level send does.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct NestedEffectsTests {
    static let caller = FEVMTestWorld.contract(1)
    static let callee = FEVMTestWorld.contract(2)
    static let stranger = try! EthAddress(hex: "0x5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a")

    @Test func eventsOfARevertedSubcallAreDropped() throws {
        // The callee logs one topic (0xb) and reverts; the caller logs (0xa) before and (0xc)
        // after the call.
        let callee = EVMAssembler.program { a in
            a.push(0xb)
            a.push(0)
            a.push(0)
            a.op(.log1)
            a.push(0)
            a.push(0)
            a.op(.revert)
        }
        let caller = EVMAssembler.program { a in
            a.push(0xa)
            a.push(0)
            a.push(0)
            a.op(.log1)
            a.call(.call, to: Self.callee)
            a.op(.pop)
            a.push(0xc)
            a.push(0)
            a.push(0)
            a.op(.log1)
            a.op(.stop)
        }
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: Self.caller, code: caller)
        try scenario.placeContract(address: Self.callee, code: callee)
        let emitter = try #require(try scenario.actorID(of: Self.caller))

        let receipt = try scenario.call(Self.caller)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        let expected = [0xa, 0xc].map { topic in
            [
                LogEventTests.Entry(
                    flags: LogEventTests.indexedAll, key: "t1", codec: LogEventTests.raw, value: Word.of(topic))
            ]
        }
        #expect(receipt.events.map(\.emitter) == [emitter, emitter])
        #expect(try receipt.events.map(LogEventTests.decode) == expected)
        #expect(receipt.eventsRoot == (try LogEventTests.eventsRoot(emitter: emitter, expected)))
    }

    @Test func valueSentByAContractToAnUnknownAddressCreatesAPlaceholder() throws {
        let sender = EVMAssembler.program { a in
            a.call(.call, to: Self.stranger, value: 250)
            a.storeTop(inSlot: 0)
            a.op(.stop)
        }
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: Self.caller, code: sender, balance: 1000)

        let receipt = try scenario.call(Self.caller)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(try scenario.slot(0, of: Self.caller) == EVMWord(1))
        #expect(try scenario.kind(of: Self.stranger) == .placeholder)
        #expect(try scenario.balance(of: Self.stranger) == BigInt(250))
        #expect(try scenario.balance(of: Self.caller) == BigInt(750))
    }
}
