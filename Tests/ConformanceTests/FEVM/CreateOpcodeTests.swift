import Conformance
import FVMCrypto
import Testing

/// CREATE and CREATE2 from a contract: the EAM places the child at
/// keccak256(rlp([creator, nonce]))[12:] (the creator's nonce before the increment) and at
/// keccak256(0xff ‖ creator ‖ salt ‖ keccak256(initcode))[12:], and each bumps the creator's nonce.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct CreateOpcodeTests {
    static let factory = FEVMTestWorld.contract(1)
    static let salt = Word.of(0x5a17)

    /// The child returns 42.
    static let childRuntime = EVMAssembler.program { a in
        a.push(42)
        a.returnTop()
    }
    static let childInit = EVMAssembler.initcode(returning: childRuntime)

    /// Copies the child's init code to memory 0, then CREATEs it (address in slot 0) and
    /// CREATE2s it with the salt (address in slot 1).
    static let factoryCode = EVMAssembler.program { a in
        a.store(bytes: childInit, at: 0)
        a.push(childInit.count)
        a.push(0)
        a.push(0)
        a.op(.create)
        a.storeTop(inSlot: 0)
        a.push(bytes: salt)
        a.push(childInit.count)
        a.push(0)
        a.push(0)
        a.op(.create2)
        a.storeTop(inSlot: 1)
        a.op(.stop)
    }

    @Test func createAndCreate2PlaceChildrenAtTheirFormulaAddresses() throws {
        let scenario = try FEVMTestWorld.scenario()
        let nonce: UInt64 = 1
        try scenario.placeContract(address: Self.factory, code: Self.factoryCode, nonce: nonce)

        let receipt = try scenario.call(Self.factory)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        let created = ContractAddress.create(sender: Self.factory, nonce: nonce)
        let created2 = ContractAddress.create2(sender: Self.factory, salt: Self.salt, initcode: Self.childInit)
        #expect(
            try scenario.storage(of: Self.factory) == [
                EVMWord(0): try EVMWord(bigEndian: created.bytes), EVMWord(1): try EVMWord(bigEndian: created2.bytes),
            ])
        #expect(try scenario.contractState(of: Self.factory).nonce == nonce + 2)
        for child in [created, created2] {
            #expect(try scenario.kind(of: child) == .evm)
            #expect(try scenario.contractState(of: child).bytecodeHash == Keccak256.hash(Self.childRuntime))
        }
    }

    @Test func aCreatedChildRuns() throws {
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(address: Self.factory, code: Self.factoryCode, nonce: 7)
        #expect(try scenario.call(Self.factory).exitCode == .ok)

        let child = ContractAddress.create(sender: Self.factory, nonce: 7)
        let receipt = try scenario.call(child)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(receipt.evmOutput == Word.of(42))
    }
}
