import Conformance
import Testing

/// REVERT ends the message with exit code 33 (the EVM actor's "contract reverted"), its data as
/// the return value, and every write of the call undone. Faults of the code itself have their
/// own exit codes (34 invalid instruction, 35 undefined instruction, 39 bad jump destination).
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct RevertTests {
    static let address = FEVMTestWorld.contract(1)
    static let reverted: UInt32 = 33
    /// What the contract reverts with: an Error(string)-like selector and one word.
    static let reason: [UInt8] = [0x08, 0xc3, 0x79, 0xa0] + Word.of(0xfa11)

    @Test func revertReturnsExitCode33AndTheDataAndUndoesTheWrites() throws {
        let code = EVMAssembler.program { a in
            a.push(0x51)
            a.storeTop(inSlot: 0)
            a.store(bytes: Self.reason, at: 0)
            a.push(Self.reason.count)
            a.push(0)
            a.op(.revert)
        }
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: Self.address, code: code, storage: [EVMWord(0): EVMWord(9)])

        let receipt = try scenario.call(Self.address)

        #expect(receipt.exitCode.rawValue == Self.reverted, "\(receipt.summary)")
        #expect(receipt.evmOutput == Self.reason)
        #expect(try scenario.storage(of: Self.address) == [EVMWord(0): EVMWord(9)])
    }

    @Test func revertWithoutDataReturnsNothing() throws {
        let code = EVMAssembler.program { a in
            a.push(0)
            a.push(0)
            a.op(.revert)
        }
        let scenario = try FEVMTestWorld.scenario(contract: code, at: Self.address)
        let receipt = try scenario.call(Self.address)
        #expect(receipt.exitCode.rawValue == Self.reverted, "\(receipt.summary)")
        #expect(receipt.evmOutput == [])
    }

    @Test(arguments: [
        (EVMAssembler.program { $0.op(.invalid) }, UInt32(34)),
        (EVMAssembler.program { $0.raw([0x0c]) }, UInt32(35)),
        // Jumps to offset 4: the byte there is 0x5b, but as PUSH1's data, not a JUMPDEST instruction.
        (
            EVMAssembler.program { a in
                a.push(4)
                a.op(.jump)
                a.push(bytes: [EVMOpcode.jumpdest.rawValue])
            }, UInt32(39)
        ),
    ])
    func faultsOfTheCodeHaveTheirExitCodes(code: [UInt8], exit: UInt32) throws {
        let scenario = try FEVMTestWorld.scenario(contract: code, at: Self.address)
        let receipt = try scenario.call(Self.address)
        #expect(receipt.exitCode.rawValue == exit, "\(receipt.summary)")
    }
}
