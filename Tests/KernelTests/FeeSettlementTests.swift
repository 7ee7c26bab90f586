import BigInt
import FVMShared
import Testing

@testable import Kernel

/// How the gas cost taken up front is split after execution: exact to the attoFIL.
@Suite struct FeeSettlementTests {
    static let profiles = [NetworkProfile.nv17, .nv18]
    static let limit: Int64 = 10_000_000

    /// The receipt's gas used is the traced total rounded up to whole gas.
    @Test(arguments: profiles) func gasUsedIsTracedTotalRoundedUp(profile: NetworkProfile) throws {
        let result = try Harness(profile).apply(.fake(method: 0))
        let last = try #require(result.trace.last)
        #expect(result.receipt.gasUsed == UInt64(last.totalUsedAfter.roundedUp))
        #expect(result.receipt.gasUsed > 0)
    }

    @Test(arguments: profiles) func creditsMatchTheFeeFormulaExactly(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let result = try harness.apply(.fake(method: 0, gasLimit: Self.limit))
        let used = BigInt(result.receipt.gasUsed)
        let outputs = try #require(result.gasOutputs)
        // Base fee 100, fee cap 200, premium 10.
        #expect(outputs.baseFeeBurn == 100 * used)
        #expect(outputs.minerTip == 10 * BigInt(Self.limit))
        #expect(try harness.balance(Executor.rewardActorID) == outputs.minerTip)
        #expect(try harness.balance(Executor.burntFundsActorID) == outputs.baseFeeBurn + outputs.overEstimationBurn)
        #expect(try harness.balance(Fake.sender) == Fake.initialBalance - 200 * BigInt(Self.limit) + outputs.refund)
    }

    @Test(arguments: profiles) func feesConserveTheGasCost(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let before = try [Fake.sender, Executor.rewardActorID, Executor.burntFundsActorID].map(harness.balance)
        _ = try harness.apply(.fake(method: 0, value: 7))
        let after = try [Fake.sender, Executor.rewardActorID, Executor.burntFundsActorID].map(harness.balance)
        #expect(before.reduce(0, +) - after.reduce(0, +) == 7)
        #expect(try harness.balance(Fake.receiver) == Fake.initialBalance + 7)
    }

    @Test(arguments: profiles) func refundIsWhatIsLeftOfTheCost(profile: NetworkProfile) throws {
        let result = try Harness(profile).apply(.fake(method: 0, gasLimit: Self.limit))
        let o = try #require(result.gasOutputs)
        #expect(o.refund == 200 * BigInt(Self.limit) - o.baseFeeBurn - o.minerTip - o.overEstimationBurn)
        #expect(o.refund > 0)
    }

    @Test(arguments: profiles) func feeCapBelowBaseFeePenalisesTheMiner(profile: NetworkProfile) throws {
        let harness = try Harness(profile, baseFee: 250)
        let result = try harness.apply(.fake(method: 0))
        let used = BigInt(result.receipt.gasUsed)
        #expect(result.penalty == 50 * used + 50 * BigInt(try #require(result.gasOutputs).gasBurned))
        #expect(try #require(result.gasOutputs).minerTip == 0)
    }

    @Test(arguments: profiles) func fatalErrorChargesTheWholeLimit(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let result = try harness.apply(.fake(gasLimit: Self.limit)) { _ in
            throw ExecutionError.fatal(.invariant("scripted failure"))
        }
        #expect(result.receipt.exitCode == .sysAssertionFailed)
        #expect(result.receipt.gasUsed == UInt64(Self.limit))
        let outputs = try #require(result.gasOutputs)
        #expect(outputs.gasBurned == 0)
        #expect(outputs.baseFeeBurn == 100 * BigInt(Self.limit))
        #expect(outputs.refund == (200 - 100 - 10) * BigInt(Self.limit))
    }

    @Test(arguments: profiles) func outOfGasUsesTheWholeLimit(profile: NetworkProfile) throws {
        let harness = try Harness(profile)
        let result = try harness.apply(.fake(gasLimit: 3_000_000)) { kernel in
            try kernel.chargeGas(name: "burn", gas: 5_000_000)
            return .returned(blockID: 0)
        }
        #expect(result.receipt.exitCode == .sysOutOfGas)
        #expect(result.receipt.gasUsed == 3_000_000)
    }
}
