import Conformance
import Testing

/// DELEGATECALL runs the library's code in the caller's context: its writes land in the
/// caller's storage, ADDRESS is the caller and CALLER stays the one who called the caller.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct DelegateCallTests {
    static let caller = FEVMTestWorld.contract(1)
    static let library = FEVMTestWorld.contract(2)

    /// Stores CALLER in slot 3 and ADDRESS in slot 4, returns 0x77.
    static let libraryCode = EVMAssembler.program { a in
        a.op(.caller)
        a.storeTop(inSlot: 3)
        a.op(.address)
        a.storeTop(inSlot: 4)
        a.push(0x77)
        a.returnTop()
    }

    /// DELEGATECALLs the library, stores 0x100 + success in slot 0 and the returned word in slot 1.
    static let callerCode = EVMAssembler.program { a in
        a.call(.delegatecall, to: library, ret: (0, 32))
        a.push(0x100)
        a.op(.add)
        a.storeTop(inSlot: 0)
        a.push(0)
        a.op(.mload)
        a.storeTop(inSlot: 1)
        a.op(.stop)
    }

    @Test func writesLandInTheCallersStorage() throws {
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: Self.caller, code: Self.callerCode)
        try scenario.placeContract(address: Self.library, code: Self.libraryCode)

        let receipt = try scenario.call(Self.caller)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(
            try scenario.storage(of: Self.caller) == [
                EVMWord(0): EVMWord(0x101), EVMWord(1): EVMWord(0x77),
                EVMWord(3): try EVMWord(bigEndian: FEVMTestWorld.sender.bytes),
                EVMWord(4): try EVMWord(bigEndian: Self.caller.bytes),
            ])
        #expect(try scenario.storage(of: Self.library).isEmpty)
    }
}
