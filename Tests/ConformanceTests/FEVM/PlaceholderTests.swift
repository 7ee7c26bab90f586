import BigInt
import Conformance
import Testing

/// FIP-0054 accounts: value sent to an Ethereum address nobody uses parks in a placeholder, and
/// the first message that address sends turns the placeholder into an ethaccount.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct PlaceholderTests {
    static let stranger = try! EthAddress(hex: "0xa11ce0000000000000000000000000000000a11c")

    @Test func valueSentToAnUnknownF4AddressCreatesAPlaceholder() throws {
        let scenario = try FEVMTestWorld.scenario()
        #expect(try scenario.actorID(of: Self.stranger) == nil)

        let receipt = try scenario.send(from: FEVMTestWorld.sender, to: Self.stranger, value: 1234)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(try scenario.kind(of: Self.stranger) == .placeholder)
        #expect(try scenario.balance(of: Self.stranger) == 1234)
        #expect(try scenario.actor(at: Self.stranger).delegatedAddress == Self.stranger.filecoinAddress)
    }

    @Test func thePlaceholdersFirstMessagePromotesItToAnEthAccount() throws {
        let scenario = try FEVMTestWorld.scenario()
        let gasReserve = BigInt(FEVMScenario.defaultGasLimit) * scenario.machine.context.baseFee
        let funding = gasReserve + 1_000_000
        _ = try scenario.send(from: FEVMTestWorld.sender, to: Self.stranger, value: funding)
        #expect(try scenario.kind(of: Self.stranger) == .placeholder)
        let id = try #require(try scenario.actorID(of: Self.stranger))
        let target = try scenario.balance(of: FEVMTestWorld.sender)

        let receipt = try scenario.send(from: Self.stranger, to: FEVMTestWorld.sender, value: 777)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        #expect(try scenario.kind(of: Self.stranger) == .ethaccount)
        #expect(try scenario.actorID(of: Self.stranger) == id, "promotion keeps the actor ID")
        #expect(try scenario.actor(at: Self.stranger).nonce == 1)
        #expect(try scenario.balance(of: FEVMTestWorld.sender) == target + 777)
    }
}
