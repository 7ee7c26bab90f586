import Foundation
import Testing
@testable import FVMWasm

@Suite struct EngineTests {
    /// A counter kept in memory and in a mutable global, so a missed reset shows up.
    static let counter = actorModule(
        """
        i32.const 16 i32.const 16 i32.load i32.const 1 i32.add i32.store
        global.get $g i32.const 1 i32.add global.set $g
        i32.const 16 i32.load global.get $g i32.add
        """, extra: "(global $g (mut i32) (i32.const 100))")

    @Test func resetInstanceBehavesLikeAFreshOne() throws {
        let (engine, module) = try prepared(Self.counter)
        var results: [(UInt32?, Int64)] = []
        for _ in 0..<3 {
            let t = TestGasTracker(limit: 1 << 40)
            results.append((engine.invoke(module, parameter: 0, gas: t).returnedID, t.used))
        }
        #expect(results.map(\.0) == [102, 102, 102])
        #expect(Set(results.map(\.1)).count == 1)
        #expect(module.instancesCreated == 1)
        // A fresh engine (fresh instance) gives the same answer and gas.
        let (e2, m2) = try prepared(Self.counter)
        let t = TestGasTracker(limit: 1 << 40)
        #expect(e2.invoke(m2, parameter: 0, gas: t).returnedID == 102)
        #expect(t.used == results[0].1)
    }

    /// Concurrent invocations of one module each get their own instance and the same answer.
    @Test func concurrentInvocationsShareTheModuleSafely() throws {
        let (engine, module) = try prepared(Self.counter)
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var values: [UInt32?] = []
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 32) { _ in
            let id = engine.invoke(module, parameter: 0, gas: TestGasTracker(limit: 1 << 40)).returnedID
            results.lock.lock()
            results.values.append(id)
            results.lock.unlock()
        }
        #expect(results.values.count == 32)
        #expect(results.values.allSatisfy { $0 == 102 })
        #expect(module.pooledInstances <= PreparedActorModule.maxIdleInstances)
    }

    @Test func instanceWhoseMemoryGrewIsResetToItsInitialSize() throws {
        let (engine, module) = try prepared(actorModule("local.get 0 memory.grow drop memory.size"))
        let grown = engine.invoke(module, parameter: 3, gas: TestGasTracker(limit: 1 << 40)).returnedID
        let again = engine.invoke(module, parameter: 0, gas: TestGasTracker(limit: 1 << 40)).returnedID
        #expect(grown.map { $0 - 3 } == again, "the pooled instance starts again at its initial size")
        #expect(module.instancesCreated == 1)
        #expect(module.pooledInstances == 1)
    }

    @Test func hostFunctionsSeeMemoryAndKeepGasInStep() throws {
        var hosts = HostFunctionTable()
        hosts.register(
            HostFunction(module: "test", name: "sum", parameters: [.i32, .i32, .i32], results: [.i32]) { call in
                let tracker = call.context as! TestGasTracker
                try tracker.charge(14_000_000)
                let (ret, off, len) = (call.arguments.u32(0), call.arguments.u32(1), call.arguments.u32(2))
                do {
                    let bytes = try call.memory.read(offset: off, count: len)
                    try call.memory.store(UInt32(bytes.reduce(0) { $0 + UInt32($1) }), at: ret)
                    call.result = 0
                } catch {
                    call.result = 1
                }
            })
        let text = actorModule(
            """
            (drop (call $sum (i32.const 0) (i32.const 8) (i32.const 3)))
            (call $sum (i32.const 4) (i32.const 65535) (i32.const 2))
            i32.const 0 i32.load i32.add
            """, imports: "(import \"test\" \"sum\" (func $sum (param i32 i32 i32) (result i32)))",
            extra: "(data (i32.const 8) \"\\01\\02\\03\")")
        let (engine, module) = try prepared(text, hosts: hosts)
        let tracker = TestGasTracker(limit: 1 << 40)
        let outcome = engine.invoke(module, parameter: 0, gas: tracker, context: tracker)
        // First call sums 6; the second is out of bounds and returns 1.
        #expect(outcome.returnedID == 7)
        // Wasm: thunk 56 + body 4 consts + call + drop(0) + 3 consts + call + const + load + add = 11 × 4.
        #expect(tracker.used == 56_000 + 44_000 + 2 * 14_000_000)
        // Exec gas is flushed before each host call and once at the end.
        #expect(tracker.charges.count == 3)
    }

    @Test func exitAndOutOfGasFromHost() throws {
        var hosts = HostFunctionTable()
        hosts.register(
            HostFunction(module: "vm", name: "exit", parameters: [.i32], results: [.i32]) { call in
                let code = call.arguments.u32(0)
                throw HostSignal.exit(code: code, returnBlock: 0, message: "bye")
            })
        let text = actorModule(
            "(call $exit (i32.const 17))", imports: "(import \"vm\" \"exit\" (func $exit (param i32) (result i32)))")
        let (engine, module) = try prepared(text, hosts: hosts)
        guard
            case .exited(let code, _, let message) = engine.invoke(
                module, parameter: 0, gas: TestGasTracker(limit: 1 << 40))
        else {
            Issue.record("expected exit")
            return
        }
        #expect(code == 17 && message == "bye")
        // Not enough gas for the Wasm before the call: OOG wins over the exit.
        #expect(engine.invoke(module, parameter: 0, gas: TestGasTracker(limit: 1000)).isOutOfGas)
    }

    @Test func missingImportIsALinkError() throws {
        let text = actorModule("i32.const 0", imports: "(import \"vm\" \"nope\" (func))")
        #expect(throws: WasmPreparationError.self) { _ = try prepared(text) }
    }

    @Test func v3MemoryLimits() throws {
        let (engine, module) = try prepared(actorModule("local.get 0 memory.grow"))
        let grow = engine.invoke(module, parameter: 8192, gas: TestGasTracker(limit: 1 << 62))
        #expect(grow.returnedID == UInt32(bitPattern: -1))
        let budget = CallStackMemoryBudget(limit: 3 * 65536)
        let ok = engine.invoke(module, parameter: 2, gas: TestGasTracker(limit: 1 << 62), memoryBudget: budget)
        #expect(ok.returnedID == 1)
        #expect(budget.used == 0)
        let refused = engine.invoke(module, parameter: 3, gas: TestGasTracker(limit: 1 << 62), memoryBudget: budget)
        #expect(refused.returnedID == UInt32(bitPattern: -1))
    }

    /// 1025 nested actor calls (v2's maximum), each on its own instance, on the actor thread.
    @Test func deepNestedInvocations() throws {
        final class Nest {
            var engine: WasmEngine!
            var module: PreparedActorModule!
            var depth = 0
            var maxDepth = 0
        }
        let nest = Nest()
        var hosts = HostFunctionTable()
        hosts.register(
            HostFunction(module: "send", name: "send", parameters: [.i32], results: [.i32]) { call in
                let n = call.context as! Nest
                let remaining = call.arguments.u32(0)
                n.depth += 1
                n.maxDepth = max(n.maxDepth, n.depth)
                let out = n.engine.invoke(
                    n.module, parameter: remaining, gas: TestGasTracker(limit: 1 << 50), context: n)
                n.depth -= 1
                call.result = out.returnedID.map { $0 + 1 } ?? 0
            })
        let text = actorModule(
            "local.get 0 if (result i32) (call $send (i32.sub (local.get 0) (i32.const 1))) else i32.const 1 end",
            imports: "(import \"send\" \"send\" (func $send (param i32) (result i32)))")
        let (engine, module) = try prepared(text, profile: .nv17, hosts: hosts)
        nest.engine = engine
        nest.module = module
        let result = ActorThread.run {
            engine.invoke(module, parameter: 1024, gas: TestGasTracker(limit: 1 << 50), context: nest)
        }
        #expect(result.returnedID == 1025)
        #expect(nest.maxDepth == 1024)
        #expect(module.instancesCreated == 1025)
        #expect(module.pooledInstances == PreparedActorModule.maxIdleInstances)
    }
}
