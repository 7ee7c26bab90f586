import Testing
import WasmRuntime

@Suite struct InstanceTests {
    static let text = """
        (module
          (memory 1)
          (global $counter (export "counter") (mut i64) (i64.const 10))
          (global $fixed (export "fixed") i32 (i32.const 3))
          (table 2 funcref)
          (func $one (result i32) (i32.const 1))
          (elem $p funcref (ref.func $one))
          (data $d "\\05")
          (func (export "step") (result i64)
            (global.set $counter (i64.add (global.get $counter) (i64.const 1)))
            (global.get $counter))
          (func (export "install") (table.init $p (i32.const 1) (i32.const 0) (i32.const 1)) (elem.drop $p))
          (func (export "copy") (result i32)
            (memory.init $d (i32.const 0) (i32.const 0) (i32.const 1)) (data.drop $d) (i32.load8_u (i32.const 0)))
          (func (export "call1") (result i32) (call_indirect (result i32) (i32.const 1)))
        )
        """

    @Test func resetRestoresGlobalsTableAndSegments() throws {
        let i = try instantiate(Self.text)
        let snapshot = i.snapshot()
        #expect(try i.i64("step") == 11)
        _ = try i.invoke("install", [])
        #expect(try i.i32("call1") == 1)
        #expect(try i.i32("copy") == 5)
        #expect(trap { try i.invoke("copy", []) } == .memoryOutOfBounds)
        i.reset(to: snapshot)
        #expect(i.global("counter") == .i64(10))
        #expect(i.global("fixed") == .i32(3))
        #expect(trap { try i.invoke("call1", []) } == .indirectCallToNull)
        #expect(try i.i32("copy") == 5)
        _ = try i.invoke("install", [])
        #expect(try i.i32("call1") == 1)
    }

    @Test func hostFunctionsMayReenterWasm() throws {
        let reenter = Function(
            host: HostFunction(type: FunctionType(parameters: [.i32], results: [.i32])) { call in
                let n = call.i32(0)
                guard let caller = call.instance else {
                    call.setResult(i32: n)
                    return
                }
                // Re-entering the calling instance while its own invocation is suspended here.
                let r = try caller.invoke("twice", [.i32(n)])
                guard case .i32(let v) = r[0] else { return }
                call.setResult(i32: v &+ 1)
            })
        let i = try instantiate(
            """
            (module
              (import "env" "reenter" (func $reenter (param i32) (result i32)))
              (func (export "twice") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
              (func (export "run") (param i32) (result i32) (call $reenter (local.get 0)))
            )
            """, imports: ["env.reenter": .function(reenter)])
        #expect(try i.i32("run", .i32(20)) == 41)
        #expect(try i.i32("run", .i32(5)) == 11)
        #expect(try reenter.invoke([.i32(1)]) == [.i32(1)])
    }

    @Test func importsAndExportsDescribeTheModule() throws {
        let m = try compile(
            """
            (module
              (import "env" "f" (func (param i64) (result i32)))
              (import "env" "g" (global (mut i64)))
              (import "env" "m" (memory 1 3))
              (func (export "h") (result i32) (i32.const 0))
            )
            """)
        #expect(m.imports.map(\.name) == ["f", "g", "m"])
        #expect(m.imports[0].kind == .function(FunctionType(parameters: [.i64], results: [.i32])))
        #expect(m.imports[1].kind == .global(.i64, mutable: true))
        #expect(m.imports[2].kind == .memory(min: 1, max: 3))
        #expect(m.exports == [ExportDescriptor(name: "h", kind: .function, index: 1)])
    }
}
