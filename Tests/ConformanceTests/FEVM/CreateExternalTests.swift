import Conformance
import FVMCrypto
import FVMShared
import IPLD
import Testing

/// The EAM's `CreateExternal`: an Ethereum contract-creation transaction. The new contract's
/// address is the CREATE address of the sender and the message nonce, and the EAM returns
/// `[actor ID, robust address, Ethereum address]`.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct CreateExternalTests {
    /// Runtime code that returns the word 42.
    static let runtime = EVMAssembler.program { a in
        a.push(42)
        a.returnTop()
    }

    struct CreateReturn {
        var actorID: UInt64
        var robust: Address?
        var eth: EthAddress

        init(_ receipt: FEVMReceipt) throws {
            var r = CBORReader(receipt.returnData)
            try r.readTupleHeader(3, "EAM Return")
            actorID = try r.readUInt()
            robust = try r.readOptional { (r: inout CBORReader) throws(IPLDError) in try r.readAddress() }
            eth = try EthAddress(try r.readBytes())
            #expect(r.isAtEnd)
        }
    }

    @Test func deploysAtTheCreateAddressOfSenderAndNonce() throws {
        let scenario = try FEVMTestWorld.scenario()
        let receipt = try scenario.createExternal(
            from: FEVMTestWorld.sender, initcode: EVMAssembler.initcode(returning: Self.runtime))
        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        let created = try CreateReturn(receipt)

        #expect(created.eth == ContractAddress.create(sender: FEVMTestWorld.sender, nonce: 0))
        #expect(try scenario.actorID(of: created.eth) == created.actorID)
        let robust = try #require(created.robust)
        #expect(robust.proto == .actor)
        #expect(try scenario.machine.stateTree.lookupID(robust) == created.actorID)
        #expect(try scenario.kind(of: created.eth) == .evm)
        let state = try scenario.contractState(of: created.eth)
        #expect(try scenario.machine.store.require(state.bytecode) == Self.runtime)
        #expect(state.bytecodeHash == Keccak256.hash(Self.runtime))
        #expect(state.nonce == 1, "a new contract's nonce starts at 1 (EIP-161)")
    }

    @Test func theDeployedCodeRunsAndASecondDeploymentUsesTheNextNonce() throws {
        let scenario = try FEVMTestWorld.scenario()
        let initcode = EVMAssembler.initcode(returning: Self.runtime)
        let first = try CreateReturn(try scenario.createExternal(from: FEVMTestWorld.sender, initcode: initcode))
        let second = try CreateReturn(try scenario.createExternal(from: FEVMTestWorld.sender, initcode: initcode))

        #expect(second.eth == ContractAddress.create(sender: FEVMTestWorld.sender, nonce: 1))
        #expect(second.actorID != first.actorID)
        let call = try scenario.call(second.eth)
        #expect(call.exitCode == .ok, "\(call.summary)")
        #expect(call.evmOutput == Word.of(42))
    }

    @Test func theConstructorRunsOnceAndItsStorageStays() throws {
        let scenario = try FEVMTestWorld.scenario()
        // The constructor stores CALLER (the sender's address) in slot 7.
        let initcode = EVMAssembler.initcode(returning: Self.runtime) { a in
            a.op(.caller)
            a.storeTop(inSlot: 7)
        }
        let created = try CreateReturn(try scenario.createExternal(from: FEVMTestWorld.sender, initcode: initcode))
        #expect(try scenario.slot(7, of: created.eth).bytes == Word.of(FEVMTestWorld.sender))
    }

    @Test func aRevertingConstructorLeavesNoContract() throws {
        let scenario = try FEVMTestWorld.scenario()
        let initcode = EVMAssembler.program { a in
            a.store(bytes: [0xde, 0xad], at: 0)
            a.push(2)
            a.push(0)
            a.op(.revert)
        }
        let receipt = try scenario.createExternal(from: FEVMTestWorld.sender, initcode: initcode)

        #expect(receipt.exitCode.rawValue == 33, "\(receipt.summary)")
        #expect(receipt.evmOutput == [0xde, 0xad])
        #expect(try scenario.actorID(of: ContractAddress.create(sender: FEVMTestWorld.sender, nonce: 0)) == nil)
    }
}
