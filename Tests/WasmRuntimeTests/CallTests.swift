import Testing
import WasmRuntime

@Suite struct CallTests {
    @Test func callIndirectTraps() throws {
        let i = try instantiate(
            """
            (module
              (type $ii (func (param i32) (result i32)))
              (type $v (func))
              (table 4 funcref)
              (elem (i32.const 0) $double $nothing)
              (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))
              (func $nothing (type $v))
              (func (export "call") (param i32 i32) (result i32)
                (call_indirect (type $ii) (local.get 1) (local.get 0)))
            )
            """)
        #expect(try i.i32("call", .i32(0), .i32(21)) == 42)
        #expect(trap { try i.invoke("call", [.i32(1), .i32(0)]) } == .indirectCallTypeMismatch)
        #expect(trap { try i.invoke("call", [.i32(2), .i32(0)]) } == .indirectCallToNull)
        #expect(trap { try i.invoke("call", [.i32(4), .i32(0)]) } == .tableOutOfBounds)
    }

    @Test func deepRecursionExhaustsTheCallStack() throws {
        let text = """
            (module
              (func $f (export "f") (param i64) (result i64)
                (i64.add (call $f (i64.add (local.get 0) (i64.const 1))) (i64.const 1)))
              (func $g (export "g") (param i32) (result i32) (local i64 i64 i64 i64 i64 i64 i64 i64)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                  (else (i32.add (call $g (i32.sub (local.get 0) (i32.const 1))) (i32.const 1)))))
            )
            """
        let i = try instantiate(text)
        #expect(trap { try i.invoke("f", [.i64(0)]) } == .callStackExhausted)
        #expect(try i.i32("g", .i32(10000)) == 10000)
        var small = RuntimeConfiguration()
        small.valueStackSlots = 1000
        let j = try instantiate(text, configuration: small)
        #expect(trap { try j.invoke("g", [.i32(10000)]) } == .callStackExhausted)
        // The instance stays usable after exhaustion.
        #expect(try j.i32("g", .i32(5)) == 5)
    }

    @Test func hostFunctionsReceiveArgumentsAndCaller() throws {
        final class Context { var seen: [UInt64] = [] }
        let context = Context()
        let log = Function(
            host: HostFunction(type: FunctionType(parameters: [.i32, .i64], results: [.i64])) { call in
                let instance = call.instance!
                let ctx = instance.userData as! Context
                ctx.seen.append(UInt64(call.i32(0)))
                let byte = call.memory!.withUnsafeMutableBytes { $0[Int(call.i32(0))] }
                call.setResult(i64: call.i64(1) &+ UInt64(byte))
            })
        struct Refusal: Error {}
        let fail = Function(
            host: HostFunction(type: FunctionType(parameters: [], results: [])) { _ in throw Refusal() })
        let i = try instantiate(
            """
            (module
              (import "env" "log" (func $log (param i32 i64) (result i64)))
              (import "env" "fail" (func $fail))
              (memory 1)
              (data (i32.const 5) "\\07")
              (func (export "run") (param i32) (result i64)
                (i64.add (call $log (local.get 0) (i64.const 100)) (i64.const 1)))
              (func (export "fail") (call $fail))
            )
            """, imports: ["env.log": .function(log), "env.fail": .function(fail)])
        i.userData = context
        #expect(try i.i64("run", .i32(5)) == 108)
        #expect(context.seen == [5])
        do {
            _ = try i.invoke("fail", [])
            Issue.record("expected a host error")
        } catch {
            guard case .host(let e) = error, e is Refusal else {
                Issue.record("unexpected \(error)")
                return
            }
        }
    }

    @Test func sharedMemoryGlobalsAndTables() throws {
        let a = try instantiate(
            """
            (module
              (memory (export "mem") 1)
              (global (export "g") (mut i32) (i32.const 5))
              (table (export "tab") 2 funcref)
              (func $seven (result i32) (i32.const 7))
              (elem (i32.const 0) $seven)
              (func (export "get") (result i32) (global.get 0))
              (func (export "peek") (param i32) (result i32) (i32.load8_u (local.get 0)))
              (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0)))
            )
            """)
        let imports = ["a.mem": a.export("mem")!, "a.g": a.export("g")!, "a.tab": a.export("tab")!]
        let b = try instantiate(
            """
            (module
              (import "a" "mem" (memory 1))
              (import "a" "g" (global $g (mut i32)))
              (import "a" "tab" (table 2 funcref))
              (func $nine (result i32) (i32.const 9))
              (elem (i32.const 1) $nine)
              (func (export "poke") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
              (func (export "bump") (global.set $g (i32.add (global.get $g) (i32.const 1))))
              (func (export "grow") (result i32) (memory.grow (i32.const 1)))
            )
            """, imports: imports)
        _ = try b.invoke("poke", [.i32(3), .i32(42)])
        #expect(try a.i32("peek", .i32(3)) == 42)
        _ = try b.invoke("bump", [])
        #expect(try a.i32("get") == 6)
        #expect(try a.i32("call", .i32(1)) == 9)
        #expect(try b.i32("grow") == 1)
        #expect(try a.i32("peek", .i32(65536)) == 0)
    }

    @Test func linkErrors() throws {
        let m = try compile(#"(module (import "env" "f" (func (param i32))))"#)
        let wrong = Function(
            host: HostFunction(type: FunctionType(parameters: [.i64], results: [])) { _ in })
        #expect(throws: InstantiationError.self) { try Instance(module: m, imports: { _, _ in nil }) }
        #expect(throws: InstantiationError.self) {
            try Instance(module: m, imports: { _, _ in .function(wrong) })
        }
    }
}
