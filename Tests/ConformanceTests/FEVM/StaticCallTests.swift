import Conformance
import Testing

/// STATICCALL is read-only: a callee that only reads answers normally, while a write inside it
/// (SSTORE or LOG) fails the call, the caller sees failure (0) and goes on.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct StaticCallTests {
    static let caller = FEVMTestWorld.contract(1)
    static let callee = FEVMTestWorld.contract(2)

    /// STATICCALLs the callee, stores 0x100 + success in slot 0 and the returned word in slot 1.
    static let callerCode = EVMAssembler.program { a in
        a.call(.staticcall, to: callee, ret: (0, 32))
        a.push(0x100)
        a.op(.add)
        a.storeTop(inSlot: 0)
        a.push(0)
        a.op(.mload)
        a.storeTop(inSlot: 1)
        a.op(.stop)
    }

    /// Runs `calleeCode` under the caller's STATICCALL; returns the scenario after the message.
    static func run(calleeCode: [UInt8]) throws -> (FEVMScenario, FEVMReceipt) {
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: caller, code: callerCode)
        try scenario.placeContract(address: callee, code: calleeCode, storage: [EVMWord(5): EVMWord(0x5eed)])
        let receipt = try scenario.call(caller)
        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        return (scenario, receipt)
    }

    @Test func aReadOnlyCalleeAnswers() throws {
        // Returns its slot 5 plus one.
        let reader = EVMAssembler.program { a in
            a.push(5)
            a.op(.sload)
            a.push(1)
            a.op(.add)
            a.returnTop()
        }
        let (scenario, _) = try Self.run(calleeCode: reader)
        #expect(try scenario.storage(of: Self.caller) == [EVMWord(0): EVMWord(0x101), EVMWord(1): EVMWord(0x5eee)])
    }

    @Test func sstoreInsideAStaticCallFails() throws {
        let writer = EVMAssembler.program { a in
            a.push(0x99)
            a.storeTop(inSlot: 6)
            a.push(7)
            a.returnTop()
        }
        let (scenario, _) = try Self.run(calleeCode: writer)
        #expect(try scenario.storage(of: Self.caller) == [EVMWord(0): EVMWord(0x100)])
        #expect(try scenario.storage(of: Self.callee) == [EVMWord(5): EVMWord(0x5eed)])
    }

    @Test func logInsideAStaticCallFails() throws {
        let logger = EVMAssembler.program { a in
            a.push(0)
            a.push(0)
            a.op(.log0)
            a.push(7)
            a.returnTop()
        }
        let (scenario, receipt) = try Self.run(calleeCode: logger)
        #expect(try scenario.storage(of: Self.caller) == [EVMWord(0): EVMWord(0x100)])
        #expect(receipt.events.isEmpty)
    }
}
