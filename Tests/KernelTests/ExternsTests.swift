import FVMShared
import IPLD
import Testing

@testable import Kernel

/// The kernel charges for chain requests itself and leaves the answer to the machine's externs;
/// the production externs say explicitly what they cannot answer.
@Suite struct ExternsTests {
    @Test func chainlessExternsReportEveryCapabilityAsUnsupported() {
        let externs = ChainlessExterns()
        for kind in ProofKind.allCases {
            #expect(throws: ExternError.unsupported(.proof(kind))) { try externs.verifyProof(kind, encoded: []) }
        }
        #expect(throws: ExternError.unsupported(.batchSeals)) { try externs.batchVerifySeals([]) }
        #expect(throws: ExternError.unsupported(.consensusFault)) {
            try externs.verifyConsensusFault(header1: [], header2: [], extra: [])
        }
        #expect(throws: ExternError.unsupported(.tipsetCID)) { try externs.tipsetCID(epoch: 1) }
        #expect(externs.batchSealCharge == .perSeal)
    }

    @Test func proofVerdictComesFromTheExternsAfterTheCharge() throws {
        let harness = try Harness(.nv18)
        harness.externs.proofVerdict = false
        var verdict: Bool? = nil
        var charged = false
        // Verifying a replica update costs about 36M gas.
        _ = try harness.apply(.fake(gasLimit: 100_000_000)) { kernel in
            let before = kernel.gas.totalUsed
            verdict = try kernel.verifyReplicaUpdate(encoded: [0x80])
            charged = kernel.gas.totalUsed > before
            return .returned(blockID: 0)
        }
        #expect(verdict == false)
        #expect(charged)
        #expect(harness.externs.asked == [.proof(.replicaUpdate)])
    }

    @Test func unsupportedExternIsFatalAndKeepsItsCause() throws {
        let world = try FakeWorld(.nv18)
        let runner = ScriptedRunner()
        var failure: ExecutionError? = nil
        runner.scripts[Fake.receiver] = { kernel in
            do {
                _ = try kernel.tipsetCID(epoch: 999)
            } catch {
                failure = error as? ExecutionError
            }
            return .returned(blockID: 0)
        }
        let machine = try world.machine(runner: runner, externs: ChainlessExterns())
        _ = try Executor(machine: machine).executeExplicit(.fake(), rawLength: 100)
        guard case .fatal(.extern(.unsupported(.tipsetCID))) = failure else {
            Issue.record("expected an unsupported tipset CID, got \(String(describing: failure))")
            return
        }
    }

    @Test func consensusFaultAnswerIsPassedThrough() throws {
        let harness = try Harness(.nv18)
        harness.externs.fault = ConsensusFault(epoch: 7, target: 1234, kind: 2)
        var fault: ConsensusFault? = nil
        _ = try harness.apply(.fake()) { kernel in
            fault = try kernel.verifyConsensusFault(header1: [1], header2: [2], extra: [])
            return .returned(blockID: 0)
        }
        #expect(fault == ConsensusFault(epoch: 7, target: 1234, kind: 2))
    }

    @Test(arguments: [BatchSealCharge.perSeal, .uncharged]) func batchSealsAreChargedAsTheExternsSay(
        charge: BatchSealCharge
    ) throws {
        let harness = try Harness(.nv18)
        harness.externs.batchSealCharge = charge
        var spent = Gas.zero
        var verdicts: [Bool] = []
        _ = try harness.apply(.fake()) { kernel in
            let before = kernel.gas.totalUsed
            verdicts = try kernel.batchVerifySeals([.array([]), .array([]), .array([])])
            spent = kernel.gas.totalUsed - before
            return .returned(blockID: 0)
        }
        #expect(verdicts == [true, true, true])
        let perSeal = NetworkProfile.nv18.priceList.onVerifySeal().total
        #expect(spent == (charge == .perSeal ? perSeal + perSeal + perSeal : .zero))
    }
}
