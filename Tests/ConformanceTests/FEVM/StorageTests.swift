import Conformance
import Testing

/// `InvokeContract` reads and writes the contract's storage, and what one message writes the
/// next one reads (the KAMT root in the EVM actor's state carries it).
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct StorageTests {
    static let address = FEVMTestWorld.contract(1)

    /// slot 0 += 1, returns the new value.
    static let counter = EVMAssembler.program { a in
        a.push(0)
        a.op(.sload)
        a.push(1)
        a.op(.add)
        a.op(.dup1)
        a.storeTop(inSlot: 0)
        a.returnTop()
    }

    /// Call data `key ‖ value` stores value at key; call data `key` returns the value at key.
    static let keyValue = EVMAssembler.program { a in
        a.op(.calldatasize)
        a.push(64)
        a.op(.eq)
        a.jumpIf(to: "write")
        a.push(0)
        a.op(.calldataload)
        a.op(.sload)
        a.returnTop()
        a.jumpdest("write")
        a.push(32)
        a.op(.calldataload)
        a.push(0)
        a.op(.calldataload)
        a.op(.sstore)
        a.op(.stop)
    }

    @Test func aCounterKeepsCountingAcrossMessages() throws {
        let scenario = try FEVMTestWorld.scenario(contract: Self.counter, at: Self.address)
        for expected in UInt64(1)...3 {
            let receipt = try scenario.call(Self.address)
            #expect(receipt.exitCode == .ok, "\(receipt.summary)")
            #expect(receipt.evmOutput == Word.of(expected))
        }
        #expect(try scenario.storage(of: Self.address) == [EVMWord(0): EVMWord(3)])
    }

    @Test func aValueWrittenByOneMessageIsReadByTheNext() throws {
        let scenario = try FEVMTestWorld.scenario(contract: Self.keyValue, at: Self.address)
        let key = Word.of(0x5107)
        let value = Word.of(0xbeef)

        let write = try scenario.call(Self.address, calldata: key + value)
        #expect(write.exitCode == .ok, "\(write.summary)")
        #expect(write.evmOutput == [])
        #expect(try scenario.storage(of: Self.address) == [EVMWord(0x5107): EVMWord(0xbeef)])

        let read = try scenario.call(Self.address, calldata: key)
        #expect(read.exitCode == .ok, "\(read.summary)")
        #expect(read.evmOutput == value)
    }

    @Test func storingZeroDeletesTheSlot() throws {
        let scenario = try FEVMTestWorld.scenario()
        try scenario.placeContract(
            address: Self.address, code: Self.keyValue, storage: [EVMWord(1): EVMWord(11), EVMWord(2): EVMWord(22)])

        let receipt = try scenario.call(Self.address, calldata: Word.of(1) + Word.of(0))

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(try scenario.storage(of: Self.address) == [EVMWord(2): EVMWord(22)])
    }
}
