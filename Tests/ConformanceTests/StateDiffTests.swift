import BigInt
import Conformance
import Foundation
import IPLD
import TestSupport
import Testing

/// State diffs of vectors made to fail: each names the actors that differ, their type, and the
/// fields (by name) inside their state, on v9 and on v10.
@Suite struct StateDiffTests {
    static let runnable = Corpus.vectorsPresent && Corpus.bundlesPresent
    static let skipReason: Comment = Corpus.vectorsPresent ? Corpus.bundlesMissing : Corpus.vectorsMissing
    static let bundles = Corpus.bundle("v9.tar.zst")?.deletingLastPathComponent().path

    static func diff(_ mutation: VectorMutation) throws -> (VectorDiagnosis, StateTreeDiff) {
        let path = try mutation.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let diagnosis = try VectorDiagnosis.run(path: path, bundleDirectory: bundles)
        return (diagnosis, try #require(diagnosis.stateDiff))
    }

    static let addBalance = [
        "0001-shark-01/fil_9_storagemarket/AddBalance/Ok/ext-0001-fil_9_storagemarket-AddBalance-Ok-1.json",
        "0002-hygge-01/fil_10_storagemarket/AddBalance/Ok/ext-0002-fil_10_storagemarket-AddBalance-Ok-1.json",
    ]

    /// One more attoFIL sent to the market: its balance and exactly one escrow entry are 1 attoFIL over.
    @Test(.enabled(if: runnable, skipReason), arguments: addBalance)
    func marketEscrowOneAttoFILOver(_ vector: String) throws {
        var mutation = try VectorMutation(corpusPath: vector)
        try mutation.addToValue(ofMessage: 0, 1)
        let (diagnosis, diff) = try Self.diff(mutation)
        #expect(diagnosis.messages.allSatisfy { $0.receiptMatches })
        let market = try #require(diff.actor(5))
        #expect(market.kind == .storagemarket && market.presence == .inBoth)
        #expect(market.change(at: "balance")?.actual?.hasSuffix("(ours +0.000000000000000001 FIL)") == true)
        let escrow = market.changes.filter { $0.pathText.hasPrefix("state.escrow_table[f0") }
        #expect(escrow.count == 1)
        let entry = try #require(escrow.first)
        #expect(entry.kind == .changed)
        #expect(Self.atto(entry.actual) - Self.atto(entry.expected) == 1)
        #expect(!market.changes.contains { $0.pathText.hasPrefix("state.locked_table") })
        let sender = try #require(diff.actors.first { $0.kind == .account && $0.id != 99 })
        #expect(sender.change(at: "balance")?.actual?.hasSuffix("(ours -0.000000000000000001 FIL)") == true)
        #expect(sender.change(at: "nonce") == nil)
        #expect(diff.missingBlocks.isEmpty)
    }

    /// The attoFIL figure of `31.4 FIL (31400000000000000000 attoFIL)`.
    static func atto(_ text: String?) -> BigInt {
        guard let text, let open = text.firstIndex(of: "("), let space = text[open...].firstIndex(of: " ") else {
            return -1
        }
        return BigInt(String(text[text.index(after: open)..<space])) ?? -1
    }

    /// Expecting the pre-state after a PreCommitSector: the miner's deposit and new precommit are named.
    @Test(.enabled(if: runnable, skipReason)) func preCommitSectorShowsMinerStateFields() throws {
        var mutation = try VectorMutation(
            corpusPath:
                "0002-hygge-01/fil_10_storageminer/PreCommitSector/Ok/ext-0002-fil_10_storageminer-PreCommitSector-Ok-1.json"
        )
        try mutation.expectPreStateAsPostState()
        let (_, diff) = try Self.diff(mutation)
        #expect(diff.actors.map(\.id) == [2, 99, 2_008_873, 2_008_883])
        #expect(diff.actor(99)?.changes.map(\.pathText) == ["balance"])
        #expect(diff.actor(2_008_873)?.changes.map(\.pathText) == ["nonce", "balance"])
        let miner = try #require(diff.actor(2_008_883))
        #expect(miner.kind == .storageminer)
        #expect(
            miner.change(at: "state.pre_commit_deposits")?.expected
                == "2.24126817567399918 FIL (2241268175673999180 attoFIL)")
        #expect(miner.change(at: "state.pre_committed_sectors[87142]")?.kind == .added)
        #expect(miner.change(at: "state.allocated_sectors")?.kind == .changed)
        let text = StateDiffText.render(diff)
        #expect(text.contains("f02008883 (miner):\n  head: expected "))
    }

    /// A changed peer ID in ChangePeerID's params: only the miner differs, in its info's `peer_id`.
    @Test(.enabled(if: runnable, skipReason)) func changedPeerIDNamesTheMinerInfoField() throws {
        var mutation = try VectorMutation(
            corpusPath:
                "0001-shark-01/fil_9_storageminer/ChangePeerID/Ok/ext-0001-fil_9_storageminer-ChangePeerID-Ok-1.json")
        try mutation.flipLastParamsBit(ofMessage: 0)
        let (diagnosis, diff) = try Self.diff(mutation)
        #expect(diagnosis.version == .v9)
        #expect(diff.actors.map(\.id) == [1_938_671])
        let miner = try #require(diff.actor(1_938_671))
        #expect(miner.kind == .storageminer)
        #expect(miner.changes.map(\.pathText) == ["head", "state.info.peer_id"])
        let peer = try #require(miner.change(at: "state.info.peer_id"))
        #expect(peer.expected?.hasPrefix("h'002408011220") == true && peer.expected != peer.actual)
    }

    /// A tree whose blocks are not in the store diffs to nothing and says which blocks were absent.
    @Test(.enabled(if: runnable, skipReason)) func absentBlocksAreReportedNotThrown() throws {
        let diagnosis = try VectorDiagnosis.run(
            path: try VectorMutation(corpusPath: Self.addBalance[1]).write(), bundleDirectory: Self.bundles)
        let a = CID(
            codec: CID.Codec.dagCBOR, hash: Multihash(code: Multihash.Code.blake2b_256, digest: Blake2b.hash256([1])))
        let b = CID(
            codec: CID.Codec.dagCBOR, hash: Multihash(code: Multihash.Code.blake2b_256, digest: Blake2b.hash256([2])))
        let diff = StateTreeDiff.compare(
            expected: a, actual: b, store: MemoryBlockstore(), manifest: diagnosis.manifest,
            version: .v10)
        #expect(diff.actors.isEmpty)
        #expect(diff.missingBlocks == [a, b])
        #expect(StateDiffText.render(diff).contains("blocks absent from the store"))
    }

    /// A run (not `explain`) puts the diff in the failure's detail, which the JUnit failure text carries.
    @Test(.enabled(if: runnable, skipReason)) func failingRunCarriesTheDiff() throws {
        var mutation = try VectorMutation(corpusPath: Self.addBalance[0])
        try mutation.addToValue(ofMessage: 0, 1)
        let path = try mutation.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let runner = ConformanceRunner(options: RunOptions(paths: [path], bundleDirectory: Self.bundles, jobs: 1))
        let report = try runner.run()
        let result = try #require(report.results.first)
        #expect(result.status == .fail)
        #expect(result.reason?.hasPrefix("wrong post root cid") == true)
        let detail = try #require(result.detail)
        #expect(detail.contains("f05 (market):\n  balance: expected "))
        #expect(detail.contains("  state.escrow_table[f0"))
        #expect(JUnitReport.render(report).contains("state.escrow_table[f0"))
    }
}
