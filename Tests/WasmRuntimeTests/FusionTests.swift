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
}
