import BigInt
import Conformance
import Foundation
import Kernel
import TestSupport
import Testing

/// `explain`'s call trees on real vectors: the nesting, actor types and method names are pinned,
/// and the receipts must still match (an observer that changed gas would break them).
@Suite struct ExplainCallTreeTests {
    static let runnable = Corpus.vectorsPresent && Corpus.bundlesPresent
    static let skipReason: Comment = Corpus.vectorsPresent ? Corpus.bundlesMissing : Corpus.vectorsMissing

    static func diagnose(_ relative: String) throws -> VectorDiagnosis {
        let path = try #require(Corpus.directory).appendingPathComponent("extracted/" + relative).path
        return try VectorDiagnosis.run(
            path: path, bundleDirectory: Corpus.bundle("v9.tar.zst")?.deletingLastPathComponent().path)
    }

    /// The single message's top-level call, after checking the run reproduced the vector.
    static func onlyCall(_ diagnosis: VectorDiagnosis) throws -> CallNode {
        #expect(diagnosis.passes)
        let message = try #require(diagnosis.messages.first)
        #expect(diagnosis.messages.count == 1)
        #expect(message.calls.count == 1)
        return try #require(message.calls.first)
    }

    static func shape(_ node: CallNode) -> [String] {
        node.children.map { "\($0.actor?.shortName ?? "?"):\($0.method)" }
    }

    @Test(.enabled(if: runnable, skipReason)) func multisigProposeIsOneCallWithItsName() throws {
        let d = try Self.diagnose("0002-hygge-01/fil_10_multisig/Propose/Ok/ext-0002-fil_10_multisig-Propose-Ok-1.json")
        let call = try Self.onlyCall(d)
        #expect(d.version == .v10)
        #expect(call.actor == .multisig && call.method == 2 && call.outcome == .exited(.ok))
        #expect(call.children.isEmpty)
        let text = CallTreeText.render(d)
        #expect(text.contains("-> f02049625 multisig::Propose(2) value 0 FIL exit 0 gas "))
        #expect(text.contains("message 0: f1d4yb3wags3mtddzesxoo63jv7dmlec3bq4yteni -> f02049625 Propose(2)"))
    }

    @Test(.enabled(if: runnable, skipReason)) func multisigApproveNestsTheTransfer() throws {
        let d = try Self.diagnose("0001-shark-01/fil_9_multisig/Approve/Ok/ext-0001-fil_9_multisig-Approve-Ok-1.json")
        let call = try Self.onlyCall(d)
        #expect(call.actor == .multisig && call.method == 3)
        #expect(Self.shape(call) == ["account:0"])
        #expect(call.children.first?.value == BigInt("2671350000000000000000"))
        #expect(CallTreeText.render(d).contains("      f01939045 -> f02015127 account::Send(0) value 2671.35 FIL"))
    }

    @Test(.enabled(if: runnable, skipReason)) func preCommitSectorCallsRewardPowerMarketInV10() throws {
        let d = try Self.diagnose(
            "0002-hygge-01/fil_10_storageminer/PreCommitSector/Ok/ext-0002-fil_10_storageminer-PreCommitSector-Ok-1.json"
        )
        let call = try Self.onlyCall(d)
        #expect(call.actor == .storageminer && call.method == 6)
        #expect(Self.shape(call) == ["reward:3", "power:9", "market:5"])
        let text = CallTreeText.render(d)
        for name in [
            "miner::PreCommitSector(6)", "reward::ThisEpochReward(3)", "power::CurrentTotalPower(9)",
            "market::VerifyDealsForActivation(5)",
        ] {
            #expect(text.contains(name), "missing \(name)")
        }
        Self.expectGasAddsUp(call, receipt: try #require(d.messages.first).receipt.gasUsed)
    }

    @Test(.enabled(if: runnable, skipReason)) func preCommitSectorCallsRewardPowerInV9() throws {
        let d = try Self.diagnose(
            "0001-shark-01/fil_9_storageminer/PreCommitSector/Ok/ext-0001-fil_9_storageminer-PreCommitSector-Ok-1.json")
        let call = try Self.onlyCall(d)
        #expect(d.version == .v9)
        #expect(call.actor == .storageminer && call.method == 6)
        #expect(Self.shape(call) == ["reward:3", "power:9"])
        Self.expectGasAddsUp(call, receipt: try #require(d.messages.first).receipt.gasUsed)
    }

    /// A call's gas is its own charges plus its children's, and the message's receipt covers it.
    static func expectGasAddsUp(_ call: CallNode, receipt: UInt64) {
        #expect(call.ownGas > .zero)
        #expect(call.children.allSatisfy { $0.gas > .zero })
        #expect(call.children.reduce(call.ownGas) { $0 + $1.gas } == call.gas)
        #expect(call.gas < Gas(wholeGas: receipt))
    }
}
