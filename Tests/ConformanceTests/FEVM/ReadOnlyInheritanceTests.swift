import Conformance
import Testing

/// Read-only mode belongs to the call stack, not to one instruction: below a STATICCALL, even a
/// plain CALL runs read-only (the callee's write fails while the intermediate call succeeds),
/// and a send that would have to create a placeholder is refused, so no actor appears.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct ReadOnlyInheritanceTests {
    static let outer = FEVMTestWorld.contract(1)
    static let middle = FEVMTestWorld.contract(2)
    static let inner = FEVMTestWorld.contract(3)
    static let nobody = try! EthAddress(hex: "0x0b0d1e50000000000000000000000000000b0d1e")

    /// STATICCALLs `target`, stores 0x100 + success in slot 0 and 0x200 + the returned word in slot 1.
    static func outerCode(calling target: EthAddress) -> [UInt8] {
        EVMAssembler.program { a in
            a.call(.staticcall, to: target, ret: (0, 32))
            a.push(0x100)
            a.op(.add)
            a.storeTop(inSlot: 0)
            a.push(0)
            a.op(.mload)
            a.push(0x200)
            a.op(.add)
            a.storeTop(inSlot: 1)
            a.op(.stop)
        }
    }

    /// CALLs `target` (no value) and returns the success flag.
    static func middleCode(calling target: EthAddress) -> [UInt8] {
        EVMAssembler.program { a in
            a.call(.call, to: target)
            a.returnTop()
        }
    }

    @Test func aCallBelowAStaticCallCannotWrite() throws {
        let writer = EVMAssembler.program { a in
            a.push(1)
            a.storeTop(inSlot: 0)
            a.op(.stop)
        }
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: Self.outer, code: Self.outerCode(calling: Self.middle))
        try scenario.placeContract(address: Self.middle, code: Self.middleCode(calling: Self.inner))
        try scenario.placeContract(address: Self.inner, code: writer)

        let receipt = try scenario.call(Self.outer)

        // The middle contract ran (0x101) and saw its CALL fail (0x200 + 0).
        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(try scenario.storage(of: Self.outer) == [EVMWord(0): EVMWord(0x101), EVMWord(1): EVMWord(0x200)])
        #expect(try scenario.storage(of: Self.inner).isEmpty)
    }

    @Test func aStaticCallToAnUnknownAddressCreatesNoPlaceholder() throws {
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: Self.outer, code: Self.outerCode(calling: Self.nobody))

        let receipt = try scenario.call(Self.outer)

        // Upstream treats the refused creation as a call to nothing: success without data.
        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(try scenario.storage(of: Self.outer) == [EVMWord(0): EVMWord(0x101), EVMWord(1): EVMWord(0x200)])
        #expect(try scenario.actorID(of: Self.nobody) == nil)
    }
}
