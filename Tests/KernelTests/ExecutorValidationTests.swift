import Actors
import BigInt
import FVMShared
import IPLD
import Testing

@testable import Kernel

/// Message validation before execution: what is rejected, with which exit code and penalty,
/// and that a rejected message changes no state.
@Suite struct ExecutorValidationTests {
    static let profiles = [NetworkProfile.nv17, .nv18]

    @Test(arguments: profiles) func nonPositiveGasLimitIsNotAMessage(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        #expect(throws: ExecutorError.self) { try harness.apply(.fake(gasLimit: 0)) }
        #expect(try harness.actor(Fake.sender)?.nonce == 0)
    }

    @Test(arguments: profiles) func inclusionAboveLimitIsOutOfGasWithInclusionPenalty(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let inclusion = profile.priceList.onChainMessage(length: 100).total.roundedUp
        let result = try harness.apply(.fake(gasLimit: Int64(inclusion) - 1))
        #expect(result.receipt.exitCode == .sysOutOfGas)
        #expect(result.penalty == BigInt(inclusion) * 100)
        #expect(result.receipt.gasUsed == 0)
        #expect(try harness.actor(Fake.sender)?.nonce == 0)
    }

    @Test(arguments: profiles) func inclusionExactlyAtLimitIsAccepted(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let inclusion = profile.priceList.onChainMessage(length: 100).total.roundedUp
        let result = try harness.apply(.fake(method: 0, gasLimit: Int64(inclusion)))
        #expect(result.receipt.exitCode != .sysSenderInvalid)
        #expect(try harness.actor(Fake.sender)?.nonce == 1)
    }

    @Test(arguments: profiles) func unknownSenderIsInvalidWithLimitPenalty(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let result = try harness.apply(.fake(gasLimit: 1_000_000, from: 5000))
        #expect(result.receipt.exitCode == .sysSenderInvalid)
        #expect(result.penalty == BigInt(1_000_000) * 100)
    }

    @Test(arguments: profiles) func userCodeCannotSend(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let result = try harness.apply(.fake(to: Fake.sender, from: Fake.receiver))
        #expect(result.receipt.exitCode == .sysSenderInvalid)
        #expect(try harness.actor(Fake.receiver)?.nonce == 0)
    }

    @Test(arguments: profiles) func wrongNonceIsSenderStateInvalid(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let result = try harness.apply(.fake(sequence: 1))
        #expect(result.receipt.exitCode == .sysSenderStateInvalid)
        #expect(try harness.balance(Fake.sender) == Fake.initialBalance)
    }

    @Test(arguments: profiles) func balanceOneBelowGasCostIsRejected(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        // Fee cap 200 per gas: the sender can afford exactly initialBalance / 200 gas.
        let affordable = Int64(Fake.initialBalance / 200)
        let rejected = try harness.apply(.fake(method: 0, gasLimit: affordable + 1))
        #expect(rejected.receipt.exitCode == .sysSenderStateInvalid)
        let accepted = try harness.apply(.fake(method: 0, gasLimit: affordable))
        #expect(accepted.receipt.exitCode == .ok)
    }

    @Test(arguments: profiles) func acceptedMessageBumpsNonceOnce(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        _ = try harness.apply(.fake(method: 0))
        _ = try harness.apply(.fake(method: 0, sequence: 1))
        #expect(try harness.actor(Fake.sender)?.nonce == 2)
    }

    @Test func ethAccountSendsOnlyFromV3() throws {
        let eth = ActorState(
            code: Fake.code(.ethaccount), head: Machine.emptyArrayCID, nonce: 0, balance: Fake.initialBalance)
        let v2 = try Harness(.nv17, extra: [(200, eth)]).apply(.fake(method: 0, from: 200))
        let v3 = try Harness(.nv18, extra: [(200, eth)]).apply(.fake(method: 0, from: 200))
        #expect(v2.receipt.exitCode == .sysSenderInvalid)
        #expect(v3.receipt.exitCode == .ok)
    }

    @Test func eamPlaceholderIsPromotedToEthAccountInV3Only() throws {
        let f4 = try Address(protocol: .delegated, payload: [10] + [UInt8](repeating: 7, count: 20))
        let placeholder = ActorState(
            code: Fake.code(.placeholder), head: Machine.emptyArrayCID, nonce: 0, balance: Fake.initialBalance,
            delegatedAddress: f4)
        let v3 = try Harness(.nv18, extra: [(200, placeholder)])
        #expect(try v3.apply(.fake(method: 0, from: 200)).receipt.exitCode == .ok)
        #expect(try v3.actor(200)?.code == Fake.code(.ethaccount))
        let v2 = try Harness(.nv17, extra: [(200, placeholder)])
        #expect(try v2.apply(.fake(method: 0, from: 200)).receipt.exitCode == .sysSenderInvalid)
    }

    @Test func placeholderWithNonZeroNonceIsNotPromoted() throws {
        let f4 = try Address(protocol: .delegated, payload: [10] + [UInt8](repeating: 7, count: 20))
        let placeholder = ActorState(
            code: Fake.code(.placeholder), head: Machine.emptyArrayCID, nonce: 1, balance: Fake.initialBalance,
            delegatedAddress: f4)
        let harness = try Harness(.nv18, extra: [(200, placeholder)])
        #expect(try harness.apply(.fake(method: 0, sequence: 1, from: 200)).receipt.exitCode == .sysSenderInvalid)
    }
}
