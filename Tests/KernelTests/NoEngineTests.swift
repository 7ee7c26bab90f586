import BigInt
import FVMShared
import Testing

@testable import Kernel

/// A machine without an engine runs bare transfers and reports actor code it cannot run as a
/// typed outcome, not as a failed receipt.
@Suite struct NoEngineTests {
    @Test(arguments: [NetworkProfile.nv17, .nv18]) func bareTransferNeedsNoEngine(profile: NetworkProfile) throws {
        let harness = try Harness(profile, engine: false)
        let result = try harness.apply(.fake(method: 0, value: 3))
        #expect(result.receipt.exitCode == .ok)
        #expect(try harness.balance(Fake.receiver) == Fake.initialBalance + 3)
    }

    @Test(arguments: [NetworkProfile.nv17, .nv18]) func actorCodeWithoutEngineIsNoEngine(profile: NetworkProfile) throws
    {
        let harness = try Harness(profile, engine: false)
        do {
            _ = try harness.apply(.fake(method: 2))
            Issue.record("a method call without an engine was applied")
        } catch let error as ExecutorError {
            guard case .noEngine(let code) = error else {
                Issue.record("expected noEngine, got \(error)")
                return
            }
            #expect(code == Fake.userCode)
        }
    }
}
