import Testing

@testable import WasmRuntime

/// The instrumentation's sequences run fused; a `nop` inside a sequence defeats the fusion, so
/// each test runs both forms and compares results, trap points and globals.
@Suite struct FusionTests {
    static func gasModule(_ gap: String) -> String {
        """
        (module
          (import "gas" "left" (global $gas (mut i64)))
          (global $sh (export "sh") (mut i32) (i32.const 0))
          (func $charge (export "charge") (param i64) (result i64) (local $b i64)
            global.get $gas \(gap) i64.const -300 i64.add local.tee $b global.set $gas
            local.get $b i64.const 0 i64.lt_s if unreachable end
            local.get $b)
          (func $rec (export "rec") (param i32) (result i32) (local i64)
            global.get $gas \(gap) i64.const -1 i64.add local.tee 1 global.set $gas
            local.get 1 i64.const 0 i64.lt_s if unreachable end
            (if (result i32) (i32.eqz (local.get 0)) (then (global.get $sh))
              (else
                local.get 0 i32.const 1 i32.sub
                global.get $sh \(gap) i32.const 10 i32.add global.set $sh
                global.get $sh i32.const 55 i32.gt_u if unreachable end
                call $rec
                global.get $sh \(gap) i32.const -10 i32.add global.set $sh)))
          (func (export "bump") (param i32)
            global.get $sh \(gap) local.get 0 i32.add global.set $sh
            global.get $sh \(gap) i32.const 3 i32.sub global.set $sh)
        )
        """
    }

    struct Run: Equatable {
        var outcomes: [String] = []
        var gas: [Value] = []
        var sh: [Value] = []
    }

    func run(_ text: String, _ body: (Instance) -> [String]) throws -> Run {
        let gas = Global(type: .i64, mutable: true, value: .i64(1000))
        let i = try instantiate(text, imports: ["gas.left": .global(gas)])
        var r = Run()
        r.outcomes = body(i)
        r.gas = [gas.value]
        r.sh = [i.global("sh")!]
        return r
    }

    func describe(_ body: () throws -> [Value]) -> String {
        do { return "\(try body())" } catch { return "\(error)" }
    }

    @Test func sequencesAreFused() throws {
        let m = try compile(Self.gasModule(""))
        #expect(m.instructions(ofFunction: 0) == [.gasCharge, .ret1])
        let rec = m.instructions(ofFunction: 1)
        #expect(rec.contains(.guardedCall) && rec.contains(.globalAddI32) && rec.contains(.gasCharge))
        #expect(rec.count <= 10, "\(rec)")
        let unfused = try compile(Self.gasModule("nop")).instructions(ofFunction: 0)
        #expect(!unfused.contains(.gasCharge))
    }

    @Test func gasChargeMatchesUnfusedSequence() throws {
        let scenario: (Instance) -> [String] = { i in
            (0..<5).map { _ in describe { try i.invoke("charge", [.i64(0)]) } }
        }
        let fused = try run(Self.gasModule(""), scenario)
        let unfused = try run(Self.gasModule("nop"), scenario)
        #expect(fused == unfused)
        #expect(fused.gas == [.i64(UInt64(bitPattern: -500))])
        #expect(fused.outcomes[2] == "[WasmRuntime.Value.i64(100)]")
        #expect(fused.outcomes[3].contains("unreachable"))
    }

    @Test func stackGuardMatchesUnfusedSequence() throws {
        let scenario: (Instance) -> [String] = { i in
            [
                describe { try i.invoke("rec", [.i32(3)]) },
                describe { try i.invoke("rec", [.i32(9)]) },
                describe { try i.invoke("rec", [.i32(2)]) },
            ]
        }
        let fused = try run(Self.gasModule(""), scenario)
        let unfused = try run(Self.gasModule("nop"), scenario)
        #expect(fused == unfused)
        #expect(fused.outcomes[0] == "[WasmRuntime.Value.i32(30)]")
        #expect(fused.outcomes[1].contains("unreachable"))
        // The trap left the stack-height global raised by the calls that were entered.
        #expect(fused.sh == [.i32(60 + 10)])
    }

    @Test func gasRunsOutInsideRecursion() throws {
        let scenario: (Instance) -> [String] = { i in
            (0..<400).map { _ in describe { try i.invoke("rec", [.i32(2)]) } }
        }
        let fused = try run(Self.gasModule(""), scenario)
        let unfused = try run(Self.gasModule("nop"), scenario)
        #expect(fused == unfused)
    }

    @Test func globalIncrementsMatch() throws {
        let scenario: (Instance) -> [String] = { i in
            [
                describe { try i.invoke("bump", [.i32(0xFFFF_FFFF)]) },
                describe { try i.invoke("bump", [.i32(7)]) },
            ]
        }
        let fused = try run(Self.gasModule(""), scenario)
        let unfused = try run(Self.gasModule("nop"), scenario)
        #expect(fused == unfused)
        #expect(fused.sh == [.i32(0xFFFF_FFFF &+ 7 &- 6)])
    }

    /// A callee entered through a guarded call: its entry charge and shadow-stack prologue run as
    /// part of the call, its frame release and result move as part of the return.
    static func frameModule(_ gap: String) -> String {
        """
        (module
          (import "gas" "left" (global $gas (mut i64)))
          (global $sh (export "sh") (mut i32) (i32.const 0))
          (global $sp (export "sp") (mut i32) (i32.const 1024))
          (memory 1)
          (func $leaf (param i32) (result i32) (local $fp i32) (local $b i64)
            global.get $gas \(gap) i64.const -8 i64.add local.tee $b global.set $gas
            local.get $b i64.const 0 i64.lt_s if unreachable end
            global.get $sp \(gap) i32.const 16 i32.sub local.tee $fp global.set $sp
            local.get $fp local.get 0 i32.store offset=4
            local.get $fp i32.load offset=4 i32.const 1 i32.add
            local.get $fp i32.const 16 i32.add global.set $sp)
          (func (export "outer") (param i32) (result i32) (local $r i32) (local $b i64)
            global.get $gas \(gap) i64.const -3 i64.add local.tee $b global.set $gas
            local.get $b i64.const 0 i64.lt_s if unreachable end
            local.get 0
            global.get $sh \(gap) i32.const 4 i32.add global.set $sh
            global.get $sh i32.const 100 i32.gt_u if unreachable end
            call $leaf
            global.get $sh \(gap) i32.const -4 i32.add global.set $sh
            local.set $r
            local.get $r global.get $sp i32.add)
        )
        """
    }

    @Test func calleeEntryAndReturnMatchUnfusedSequences() throws {
        let fusedLeaf = try compile(Self.frameModule("")).instructions(ofFunction: 0)
        #expect(fusedLeaf.prefix(2) == [.gasCharge, .globalAddTee])
        let scenario: (Instance) -> [String] = { i in
            (0..<120).map { n in describe { try i.invoke("outer", [.i32(UInt32(n))]) } }
        }
        let fused = try run(Self.frameModule(""), scenario)
        let unfused = try run(Self.frameModule("nop"), scenario)
        #expect(fused == unfused)
        #expect(fused.outcomes[41] == "[WasmRuntime.Value.i32(1066)]")
        // 1000 units at 11 per call: the 91st call runs out in the callee's entry charge, after
        // the guard raised the stack height, and later calls stop at their own entry charge.
        #expect(fused.outcomes[89] == "[WasmRuntime.Value.i32(1114)]")
        #expect(fused.outcomes[90].contains("unreachable"))
        #expect(fused.sh == [.i32(4)])
    }
}
