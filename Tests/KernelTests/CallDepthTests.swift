import FVMShared
import FVMWasm
import Testing

@testable import Kernel

/// The call-depth limit each network version enforces: 1025 nested invocations on nv17, 1024 on nv18.
@Suite struct CallDepthTests {
    /// The deepest invocation an actor that calls itself until refused reaches.
    static func deepestCall(_ profile: NetworkProfile) throws -> Int {
        let harness = try Harness(profile)
        var deepest = 0
        harness.runner.scripts[Fake.receiver] = { kernel in
            deepest = max(deepest, kernel.callManager.depth)
            _ = errorNumber { () in
                _ = try kernel.send(
                    to: Address(id: Fake.receiver), method: 2, paramsID: 0, value: 0, gasLimit: nil, readOnlyFlag: false
                )
            }
            return .returned(blockID: 0)
        }
        let result = ActorThread.run { Result { try harness.apply(.fake(gasLimit: 10_000_000_000)) } }
        #expect(try result.get().receipt.exitCode == .ok)
        return deepest
    }

    @Test func nv17AllowsDepth1025() throws {
        #expect(NetworkProfile.nv17.rules.maxCallDepth == 1025)
        #expect(try Self.deepestCall(.nv17) == 1025)
    }

    @Test func nv18AllowsDepth1024() throws {
        #expect(NetworkProfile.nv18.rules.maxCallDepth == 1024)
        #expect(try Self.deepestCall(.nv18) == 1024)
    }

    @Test func theRefusedSendIsAnErrorNotAnExitCode() throws {
        var refused: ErrorNumber? = nil
        let harness = try Harness(.nv18)
        harness.runner.scripts[Fake.receiver] = { kernel in
            if kernel.callManager.depth < 1024 {
                _ = try kernel.send(
                    to: Address(id: Fake.receiver), method: 2, paramsID: 0, value: 0, gasLimit: nil, readOnlyFlag: false
                )
            } else {
                refused = errorNumber { () in
                    _ = try kernel.send(
                        to: Address(id: Fake.other), method: 2, paramsID: 0, value: 0, gasLimit: nil,
                        readOnlyFlag: false)
                }
            }
            return .returned(blockID: 0)
        }
        _ = ActorThread.run { Result { try harness.apply(.fake(gasLimit: 10_000_000_000)) } }
        #expect(refused == .limitExceeded)
    }
}
