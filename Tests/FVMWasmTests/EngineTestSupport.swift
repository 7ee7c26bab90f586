import Testing
import WAT
@testable import FVMWasm

/// A gas tracker with a fixed limit, as the kernel's would behave for exec charges.
final class TestGasTracker: ExecutionGasTracker {
    var limit: Int64
    var used: Int64 = 0
    var charges: [Int64] = []
    init(limit: Int64) { self.limit = limit }
    var availableMilligas: Int64 { limit - used }
    func chargeExecution(milligas: Int64) -> Bool {
        charges.append(milligas)
        used += milligas
        if used > limit {
            used = limit
            return false
        }
        return true
    }
    /// Kernel-side charge (e.g. OnSyscall) from inside a host function.
    func charge(_ milligas: Int64) throws {
        used += milligas
        if used > limit {
            used = limit
            throw HostSignal.outOfGas
        }
    }
}

/// Wraps an actor-shaped test module: `memory` and `invoke (i32) -> i32` exported.
func actorModule(_ body: String, imports: String = "", extra: String = "") -> String {
    """
    (module
      \(imports)
      (memory (export "memory") 1)
      \(extra)
      (func (export "invoke") (param i32) (result i32)
        \(body)))
    """
}

func prepared(
    _ text: String, profile: WasmProfile = .nv18, hosts: HostFunctionTable = HostFunctionTable(),
    id: String = "test"
) throws -> (WasmEngine, PreparedActorModule) {
    let engine = WasmEngine(profile: profile, hostFunctions: hosts)
    return (engine, try engine.prepare(codeID: id, wasm: try wat(text)))
}

/// Gas (milligas) charged by one invocation with a generous limit.
func gasOf(_ text: String, parameter: UInt32 = 0, profile: WasmProfile = .nv18) throws -> (Int64, InvocationOutcome) {
    let (engine, module) = try prepared(text, profile: profile)
    let tracker = TestGasTracker(limit: 1 << 50)
    let outcome = engine.invoke(module, parameter: parameter, gas: tracker)
    return (tracker.used, outcome)
}

extension InvocationOutcome {
    var returnedID: UInt32? {
        if case .returned(let id) = self { return id }
        return nil
    }
    var trap: WasmTrap? {
        if case .trapped(let t) = self { return t }
        return nil
    }
    var isOutOfGas: Bool {
        if case .outOfGas = self { return true }
        return false
    }
}
