import Conformance
import Testing

/// The tests' assembler itself: push widths, label resolution and the init-code layout, so that a
/// failing FEVM test points at the VM rather than at the bytecode it ran.
@Suite struct EVMAssemblerTests {
    @Test func pushUsesTheNarrowestWidth() throws {
        #expect(EVMAssembler.program { $0.push(0) } == [0x5f])
        #expect(EVMAssembler.program { $0.push(1) } == [0x60, 0x01])
        #expect(EVMAssembler.program { $0.push(255) } == [0x60, 0xff])
        #expect(EVMAssembler.program { $0.push(256) } == [0x61, 0x01, 0x00])
        let max = try EVMWord(bigEndian: [UInt8](repeating: 0xff, count: 32))
        #expect(EVMAssembler.program { $0.push(word: max) } == [0x7f] + [UInt8](repeating: 0xff, count: 32))
    }

    @Test func pushOfExplicitBytesKeepsLeadingZeros() {
        #expect(EVMAssembler.program { $0.push(bytes: [0, 1]) } == [0x61, 0x00, 0x01])
        let address = try! EthAddress(hex: "0x00000000000000000000000000000000000000fe")
        #expect(EVMAssembler.program { $0.push(address: address) } == [0x73] + address.bytes)
    }

    @Test func labelsResolveForwardAndBackward() {
        let code = EVMAssembler.program { a in
            a.jumpdest("start")
            a.jump(to: "end")
            a.jumpdest("end")
            a.jump(to: "start")
        }
        #expect(code == [0x5b, 0x61, 0x00, 0x05, 0x56, 0x5b, 0x61, 0x00, 0x00, 0x56])
    }

    @Test func initcodeCopiesTheRuntimeThatFollowsIt() {
        let runtime: [UInt8] = [0x60, 0x2a, 0x5f, 0x52, 0x60, 0x20, 0x5f, 0xf3]
        let initcode = EVMAssembler.initcode(returning: runtime)
        let start = initcode.count - runtime.count
        #expect(Array(initcode[start...]) == runtime)
        // PUSH1 size, DUP1, PUSH2 start, PUSH0, CODECOPY, PUSH0, RETURN.
        #expect(
            Array(initcode[..<start]) == [
                0x60, UInt8(runtime.count), 0x80, 0x61, 0x00, UInt8(start), 0x5f, 0x39, 0x5f, 0xf3,
            ])
    }

    @Test func storeWritesOneWordPerThirtyTwoBytes() {
        let bytes = [UInt8](repeating: 0xab, count: 33)
        let code = EVMAssembler.program { $0.store(bytes: bytes, at: 64) }
        let first = [0x7f] + [UInt8](repeating: 0xab, count: 32) + [0x60, 64, 0x52]
        let second = [0x7f, 0xab] + [UInt8](repeating: 0, count: 31) + [0x60, 96, 0x52]
        #expect(code == first + second)
    }

    @Test func theCreateFormulaMatchesAPublishedAddress() throws {
        // The first contract of the sender 0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0 (nonce 0)
        // lives at 0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d (a widely quoted CREATE example).
        let sender = try EthAddress(hex: "0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0")
        #expect(
            ContractAddress.create(sender: sender, nonce: 0)
                == (try EthAddress(hex: "0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d")))
        #expect(
            ContractAddress.create(sender: sender, nonce: 1)
                == (try EthAddress(hex: "0x343c43a37d37dff08ae8c4a11544c718abb4fcf8")))
    }
}
