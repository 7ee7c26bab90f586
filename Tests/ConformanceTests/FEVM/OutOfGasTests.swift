import Conformance
import Testing

/// Gas limits: a CALL given a gas limit that its callee exhausts fails, and the caller, which
/// keeps the rest of its own gas, continues; a message that runs out uses all of its limit.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct OutOfGasTests {
    static let caller = FEVMTestWorld.contract(1)
    static let looper = FEVMTestWorld.contract(2)

    /// Loops forever.
    static let loop = EVMAssembler.program { a in
        a.jumpdest("top")
        a.jump(to: "top")
    }

    @Test func aCallThatRunsOutOfItsGasFailsAndTheCallerContinues() throws {
        // Calls the looper with 10M gas (Filecoin gas, a fraction of the message's), stores
        // 0x100 + success in slot 0 and then 1 in slot 1 to show it went on.
        let callerCode = EVMAssembler.program { a in
            a.call(.call, to: Self.looper, gas: 10_000_000)
            a.push(0x100)
            a.op(.add)
            a.storeTop(inSlot: 0)
            a.push(1)
            a.storeTop(inSlot: 1)
            a.op(.stop)
        }
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: Self.caller, code: callerCode)
        try scenario.placeContract(address: Self.looper, code: Self.loop)

        let receipt = try scenario.call(Self.caller)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(try scenario.storage(of: Self.caller) == [EVMWord(0): EVMWord(0x100), EVMWord(1): EVMWord(1)])
        #expect(receipt.gasUsed < UInt64(FEVMScenario.defaultGasLimit))
    }

    @Test func aMessageThatRunsOutOfGasUsesItsWholeLimit() throws {
        let scenario = try FEVMTestWorld.scenario(contract: Self.loop, at: Self.looper)
        let limit: Int64 = 20_000_000

        let receipt = try scenario.call(Self.looper, gasLimit: limit)

        #expect(receipt.exitCode == .sysOutOfGas, "\(receipt.summary)")
        #expect(receipt.gasUsed == UInt64(limit))
    }
}
