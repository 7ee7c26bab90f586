import Conformance
import Foundation
import Testing
import TestSupport

/// The whole Ethereum VM test set through the FEVM oracle, as `make fevm` runs it: a gate in CI
/// (`make test`), where a failure or an error is a bug and every skip must name its deviation.
@Suite struct FEVMOracleGateTests {
    @Test(
        .enabled(
            if: Corpus.required && FEVMScenarioTests.runnable && FEVMScenarioTests.ethereumTests != nil,
            "needs FVM_REQUIRE_CORPUS (make test), the corpus, the bundles and ../shared/ethereum-tests"))
    func everyEthereumTestPassesOrIsADocumentedDeviation() throws {
        let tests = try #require(FEVMScenarioTests.ethereumTests)
        let dir = try #require(Corpus.directory)
        let bundles = Corpus.bundle("v10.tar.zst")?.deletingLastPathComponent().path
        let oracle = EthereumTestOracle(base: try FEVMBaseState.load(corpus: dir.path, bundlesDirectory: bundles))
        let results = try EthereumTestSuite.run(
            paths: [tests.path], oracle: oracle, jobs: ProcessInfo.processInfo.activeProcessorCount)
        let count = { (s: EthereumTestResult.Status) in results.filter { $0.status == s }.count }
        #expect(results.count == 651, "the VMTests set has 651 cases")
        for r in results where r.status == .fail || r.status == .error {
            Issue.record("\(r.file) \(r.name): \(r.status.rawValue): \(r.reason)")
        }
        #expect(results.filter { $0.status == .skip }.allSatisfy { !$0.deviations.isEmpty })
        #expect(count(.pass) * 10 >= results.count * 9, "\(count(.pass)) of \(results.count) pass; at least 90% must")
    }
}
