import Conformance
import FVMShared
import Testing

/// The FEVM's own precompiles: resolve_address (0xfe00…01: Filecoin address bytes → actor ID
/// word, empty when unknown), lookup_delegated_address (0xfe00…02: actor ID word → its f4 address
/// bytes, empty when it has none) and call_actor / call_actor_id (0xfe00…03 / …05: a Filecoin
/// send, allowed only through DELEGATECALL, answering `exit code ‖ codec ‖ offset ‖ length ‖ data`).
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct FilecoinPrecompileTests {
    static let resolveAddress = PrecompileProxy.precompile(1, native: true)
    static let lookupDelegatedAddress = PrecompileProxy.precompile(2, native: true)
    static let callActor = PrecompileProxy.precompile(3, native: true)
    static let callActorByID = PrecompileProxy.precompile(5, native: true)
    static let recipient = try! EthAddress(hex: "0xbeef00000000000000000000000000000000beef")

    @Test func resolveAddressGivesTheActorIDOfAnF4Address() throws {
        let scenario = try FEVMTestWorld.scenario()
        let id = try #require(try scenario.actorID(of: FEVMTestWorld.sender))
        let answer = try PrecompileProxy.run(
            Self.resolveAddress, input: FEVMTestWorld.sender.filecoinAddress.bytes, scenario: scenario)
        #expect(answer.success)
        #expect(answer.output == Word.of(id))
    }

    @Test func resolveAddressOfAnUnknownAddressIsEmpty() throws {
        let answer = try PrecompileProxy.run(Self.resolveAddress, input: Self.recipient.filecoinAddress.bytes)
        #expect(answer.success)
        #expect(answer.output.isEmpty)
    }

    @Test func resolveAddressRejectsBytesThatAreNoAddress() throws {
        let answer = try PrecompileProxy.run(Self.resolveAddress, input: [0x09, 0x01])
        #expect(!answer.success)
    }

    @Test func lookupDelegatedAddressGivesTheF4AddressOfAnActorID() throws {
        let scenario = try FEVMTestWorld.scenario()
        let id = try #require(try scenario.actorID(of: FEVMTestWorld.sender))
        let answer = try PrecompileProxy.run(Self.lookupDelegatedAddress, input: Word.of(id), scenario: scenario)
        #expect(answer.success)
        #expect(answer.output == FEVMTestWorld.sender.filecoinAddress.bytes)
    }

    @Test func lookupDelegatedAddressOfAnActorWithoutOneIsEmpty() throws {
        // f02, the reward actor, has no delegated address.
        let answer = try PrecompileProxy.run(Self.lookupDelegatedAddress, input: Word.of(2))
        #expect(answer.success)
        #expect(answer.output.isEmpty)
    }

    /// call_actor's input for a bare send (method 0, no parameters) of `value` to `target`:
    /// the static words, then the parameter bytes (none) and the target's bytes, each as
    /// length ‖ data padded to words. call_actor_id takes the actor ID in place of the offset.
    static func sendInput(value: UInt64, target: Address, byID: Bool) -> [UInt8] {
        let paramsOffset: UInt64 = 6 * 32
        var input = Word.of(0) + Word.of(value) + Word.of(0) + Word.of(0) + Word.of(paramsOffset)
        if byID {
            input += Word.of(target.id!) + Word.of(0)
        } else {
            let bytes = target.bytes
            input += Word.of(paramsOffset + 32) + Word.of(0) + Word.of(UInt64(bytes.count))
            input += bytes + [UInt8](repeating: 0, count: 32 - bytes.count)
        }
        return input
    }

    /// A successful call's answer with no return data: exit 0, codec 0, data at offset 96, length 0.
    static let emptySuccess = Word.of(0) + Word.of(0) + Word.of(96) + Word.of(0)

    @Test(arguments: [false, true])
    func callActorSendsValueThroughDelegateCall(byID: Bool) throws {
        let scenario = try FEVMTestWorld.scenario()
        let recipientID = try scenario.fundEthAccount(Self.recipient, balance: 0)
        let target = byID ? Address(id: recipientID) : Self.recipient.filecoinAddress

        let answer = try PrecompileProxy.run(
            byID ? Self.callActorByID : Self.callActor, input: Self.sendInput(value: 300, target: target, byID: byID),
            kind: .delegatecall, scenario: scenario, proxyBalance: 1000)

        #expect(answer.success)
        #expect(answer.output == Self.emptySuccess)
        #expect(try scenario.balance(of: Self.recipient) == 300)
        #expect(try scenario.balance(of: PrecompileProxy.address) == 700)
    }

    @Test func callActorOutsideDelegateCallFails() throws {
        let scenario = try FEVMTestWorld.scenario()
        try scenario.fundEthAccount(Self.recipient, balance: 0)
        let input = Self.sendInput(value: 300, target: Self.recipient.filecoinAddress, byID: false)

        let answer = try PrecompileProxy.run(
            Self.callActor, input: input, kind: .staticcall, scenario: scenario, proxyBalance: 1000)

        #expect(!answer.success)
        #expect(try scenario.balance(of: Self.recipient) == 0)
    }
}
