import BigInt
import Conformance
import Testing

/// CALL from one contract to another: the callee runs with the caller's address as CALLER and
/// the value as CALLVALUE, writes its own storage, receives the value, and its return data
/// reaches the caller's memory.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct CallTests {
    static let caller = FEVMTestWorld.contract(1)
    static let callee = FEVMTestWorld.contract(2)

    /// Stores CALLER in slot 0 and CALLVALUE in slot 1, returns its argument word plus one.
    static let calleeCode = EVMAssembler.program { a in
        a.op(.caller)
        a.storeTop(inSlot: 0)
        a.op(.callvalue)
        a.storeTop(inSlot: 1)
        a.push(0)
        a.op(.calldataload)
        a.push(1)
        a.op(.add)
        a.returnTop()
    }

    /// Calls the callee with 41 and 5 atto, stores 0x100 + success in slot 0 and the answer in slot 1.
    static let callerCode = EVMAssembler.program { a in
        a.push(41)
        a.push(0)
        a.op(.mstore)
        a.call(.call, to: callee, value: 5, args: (0, 32), ret: (0, 32))
        a.push(0x100)
        a.op(.add)
        a.storeTop(inSlot: 0)
        a.push(0)
        a.op(.mload)
        a.storeTop(inSlot: 1)
        a.op(.stop)
    }

    @Test func callRunsTheCalleeWithCallerValueAndReturnData() throws {
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: Self.caller, code: Self.callerCode, balance: 1000)
        try scenario.placeContract(address: Self.callee, code: Self.calleeCode)

        let receipt = try scenario.call(Self.caller)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(try scenario.storage(of: Self.caller) == [EVMWord(0): EVMWord(0x101), EVMWord(1): EVMWord(42)])
        #expect(
            try scenario.storage(of: Self.callee) == [
                EVMWord(0): try EVMWord(bigEndian: Self.caller.bytes), EVMWord(1): EVMWord(5),
            ])
        #expect(try scenario.balance(of: Self.caller) == 995)
        #expect(try scenario.balance(of: Self.callee) == 5)
    }

    @Test func aRevertingCalleeIsAFailureTheCallerSurvives() throws {
        let reverter = EVMAssembler.program { a in
            a.push(0x77)
            a.storeTop(inSlot: 0)
            a.store(bytes: Word.of(0xbad), at: 0)
            a.push(32)
            a.push(0)
            a.op(.revert)
        }
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: Self.caller, code: Self.callerCode, balance: 1000)
        try scenario.placeContract(address: Self.callee, code: reverter)

        let receipt = try scenario.call(Self.caller)

        // Failure (0x100), the revert data still copied to the output area (0xbad), the callee's
        // write undone and the value not moved.
        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(try scenario.storage(of: Self.caller) == [EVMWord(0): EVMWord(0x100), EVMWord(1): EVMWord(0xbad)])
        #expect(try scenario.storage(of: Self.callee).isEmpty)
        #expect(try scenario.balance(of: Self.caller) == 1000)
        #expect(try scenario.balance(of: Self.callee) == 0)
    }
}
