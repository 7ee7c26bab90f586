import BigInt
import FVMShared
import IPLD
import Testing

@testable import Kernel

/// Every send runs in a state transaction: an abort reverts what the callee did, success keeps it.
@Suite struct CallTransactionTests {
    static let profiles = [NetworkProfile.nv17, .nv18]
    static let newRoot = CID(
        codec: CID.Codec.dagCBOR, hash: Multihash(code: Multihash.Code.blake2b_256, digest: Blake2b.hash256([1])))

    /// v2 aborts with any code below 16 as illegal; a user code (16+) is a plain abort everywhere.
    static let abort = InvocationOutcome.exited(code: 16, blockID: 0, message: "scripted abort")

    @Test(arguments: profiles) func topLevelAbortRevertsStateAndValue(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let result = try harness.apply(.fake(value: 5)) { kernel in
            try kernel.setRoot(Self.newRoot)
            return Self.abort
        }
        #expect(result.receipt.exitCode == ExitCode(rawValue: 16))
        #expect(try harness.actor(Fake.receiver)?.head != Self.newRoot)
        #expect(try harness.balance(Fake.receiver) == Fake.initialBalance)
    }

    @Test(arguments: profiles) func successCommitsStateAndValue(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let result = try harness.apply(.fake(value: 5)) { kernel in
            try kernel.setRoot(Self.newRoot)
            return .returned(blockID: 0)
        }
        #expect(result.receipt.exitCode == .ok)
        #expect(try harness.actor(Fake.receiver)?.head == Self.newRoot)
        #expect(try harness.balance(Fake.receiver) == Fake.initialBalance + 5)
    }

    @Test(arguments: profiles) func innerAbortRevertsOnlyTheInnerCall(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        var innerExit: ExitCode? = nil
        harness.runner.scripts[Fake.other] = { kernel in
            try kernel.setRoot(Self.newRoot)
            return Self.abort
        }
        let result = try harness.apply(.fake()) { kernel in
            try kernel.setRoot(Self.newRoot)
            let sent = try kernel.send(
                to: Address(id: Fake.other), method: 2, paramsID: 0, value: 3, gasLimit: nil, readOnlyFlag: false)
            innerExit = sent.exitCode
            return .returned(blockID: 0)
        }
        #expect(result.receipt.exitCode == .ok)
        #expect(innerExit == ExitCode(rawValue: 16))
        #expect(try harness.actor(Fake.receiver)?.head == Self.newRoot)
        #expect(try harness.actor(Fake.other)?.head != Self.newRoot)
        #expect(try harness.balance(Fake.other) == Fake.initialBalance)
    }

    @Test(arguments: profiles) func outerAbortRevertsACommittedInnerCall(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        harness.runner.scripts[Fake.other] = { kernel in
            try kernel.setRoot(Self.newRoot)
            return .returned(blockID: 0)
        }
        _ = try harness.apply(.fake()) { kernel in
            _ = try kernel.send(
                to: Address(id: Fake.other), method: 2, paramsID: 0, value: 3, gasLimit: nil, readOnlyFlag: false)
            return Self.abort
        }
        #expect(try harness.actor(Fake.other)?.head != Self.newRoot)
        #expect(try harness.balance(Fake.other) == Fake.initialBalance)
    }

    @Test func abortedEventsAreDropped() throws {
        let harness = try Harness(.nv18)
        let event: [UInt8] = [0x81, 0x84, 0x01, 0x61, 0x6b, 0x18, 0x55, 0x41, 0x76]
        let aborted = try harness.apply(.fake()) { kernel in
            try kernel.emitEvent(event)
            return Self.abort
        }
        #expect(aborted.receipt.eventsRoot == nil)
        let kept = try harness.apply(.fake(sequence: 1)) { kernel in
            try kernel.emitEvent(event)
            return .returned(blockID: 0)
        }
        #expect(kept.receipt.eventsRoot != nil)
    }

    @Test func v2TreatsASystemExitCodeAsIllegal() throws {
        let result = try Harness(.nv17).apply(.fake()) { _ in
            .exited(code: 0, blockID: 0, message: "")
        }
        #expect(result.receipt.exitCode == .sysIllegalExitCode)
    }

    @Test func v3TreatsExitZeroAsSuccess() throws {
        let result = try Harness(.nv18).apply(.fake()) { _ in
            .exited(code: 0, blockID: 0, message: "")
        }
        #expect(result.receipt.exitCode == .ok)
    }
}
