import BigInt
import FVMShared
import IPLD
import Testing

@testable import FVMWasm
@testable import Kernel

/// The Wasm ABI of the syscall bindings: which functions each generation exports, their
/// signatures, and the byte size of every return record.
@Suite struct SyscallBindingTests {
    static func names(_ set: SyscallSet) -> Set<String> {
        Set(set.hostFunctions().functions.values.map { "\($0.module).\($0.name)" })
    }

    @Test func v2HasTheAbortAndContextABI() {
        let names = Self.names(.v2)
        #expect(names.isSuperset(of: ["vm.abort", "vm.context", "network.base_fee", "actor.new_actor_address"]))
        #expect(names.isDisjoint(with: ["vm.exit", "vm.message_context", "event.emit_event", "gas.available"]))
        #expect(names.count == 35)
    }

    @Test func v3HasTheExitAndEventABI() {
        let names = Self.names(.v3)
        #expect(
            names.isSuperset(of: [
                "vm.exit", "vm.message_context", "network.context", "network.tipset_cid", "event.emit_event",
                "gas.available", "actor.next_actor_address", "actor.lookup_delegated_address", "actor.balance_of",
            ]))
        #expect(names.isDisjoint(with: ["vm.abort", "vm.context", "network.base_fee", "actor.new_actor_address"]))
        #expect(names.count == 40)
    }

    @Test(arguments: [SyscallSet.v2, .v3]) func everySyscallReturnsAnErrorNumber(set: SyscallSet) {
        for function in set.hostFunctions().functions.values {
            #expect(function.results == [.i32], "\(function.module).\(function.name)")
        }
    }

    @Test func sendTakesSevenArgumentsInV2AndNineInV3() {
        #expect(SyscallSet.v2.hostFunctions().lookup(module: "send", name: "send")?.parameters.count == 7)
        #expect(SyscallSet.v3.hostFunctions().lookup(module: "send", name: "send")?.parameters.count == 9)
    }

    /// Sizes the actors' SDK reads, summed from each record's fields.
    @Test func returnRecordSizesMatchTheABI() {
        #expect(TokenAmountReturn.size == 16)
        #expect(IPLDSyscalls.BlockOpenReturn.size == 16)
        #expect(IPLDSyscalls.BlockStatReturn.size == 12)
        #expect(SendReturn.size == 20)
        #expect(ConsensusFault.size == 20)
        #expect(VMSyscalls.InvocationContextReturn.size == 52)
        #expect(VMSyscalls.MessageContextReturn.size == 80)
        #expect(NetworkSyscalls.NetworkContextReturn.size == 44)
        #expect(Bytes32Return.size == 32)
        #expect(SecpPublicKeyReturn.size == 65)
    }

    /// Every record encodes to exactly its declared size, fields little-endian in order.
    @Test func returnRecordsEncodeToTheirSize() throws {
        let amount = try TokenAmountReturn(BigInt(1) << 64 + 2)
        #expect(try ReturnEncoder.encode(amount) == [2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0])
        let send = SendReturn(exitCode: ExitCode(rawValue: 16), returnID: 3, returnCodec: 0x71, returnSize: 9)
        #expect(try ReturnEncoder.encode(send).count == SendReturn.size)
        let open = IPLDSyscalls.BlockOpenReturn(codec: 0x71, id: 1, size: 2)
        #expect(try ReturnEncoder.encode(open) == [0x71, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0])
        let context = MessageContext(
            origin: 1, nonce: 2, caller: 3, receiver: 4, method: 5, valueReceived: 6, gasPremium: 7, readOnly: true)
        let encoded = try ReturnEncoder.encode(try VMSyscalls.MessageContextReturn(context))
        #expect(encoded.count == 80 && encoded[72] == 1)
        #expect(try ReturnEncoder.encode(ConsensusFault(epoch: -1, target: 2, kind: 3)).count == 20)
    }

    @Test func tokenAmountsAboveU128AreFatal() {
        #expect(throws: ExecutionError.self) { try TokenAmountReturn(BigInt(1) << 128) }
        #expect(throws: ExecutionError.self) { try TokenAmountReturn(-1) }
    }

    @Test func aRecordOfTheWrongSizeIsAnInvariantFailure() {
        #expect(throws: ExecutionError.self) { try ReturnEncoder.encode(Bytes32Return(bytes: [1, 2, 3])) }
    }
}
