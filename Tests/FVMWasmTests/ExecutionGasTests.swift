import Testing
@testable import FVMWasm

/// Gas charged by running instrumented code, checked against hand-computed totals (milligas).
/// Every invocation pays the `invoke(i32)` thunk: 52 gas for the guarded call plus 4 for `local.get`.
@Suite struct ExecutionGasTests {
    static let thunk: Int64 = 56_000

    @Test func straightLine() throws {
        // local.get, i32.const, i32.add, drop, i32.const: 5 × 4 gas (drop is free in v3 and v2).
        let (g3, o3) = try gasOf(actorModule("local.get 0 i32.const 1 i32.add drop i32.const 0"))
        #expect(o3.returnedID == 0)
        #expect(g3 == Self.thunk + 16_000)
        let (g2, _) = try gasOf(actorModule("local.get 0 i32.const 1 i32.add drop i32.const 0"), profile: .nv17)
        #expect(g2 == Self.thunk + 16_000)
    }

    @Test func loopChargesPerIteration() throws {
        // `block` and `loop` are free. Each iteration pays local.get, i32.eqz, br_if (12 gas)
        // at loop+1, and the fall-through local.get .. br (20 gas) after the br_if; the last
        // iteration leaves at the br_if. The trailing i32.const 0 is its own block (4 gas).
        let text = actorModule(
            """
            block loop
              local.get 0 i32.eqz br_if 1
              local.get 0 i32.const 1 i32.sub local.set 0 br 0
            end end i32.const 0
            """)
        for n: Int64 in [0, 1, 5] {
            let (g, o) = try gasOf(text, parameter: UInt32(n))
            #expect(o.returnedID == 0)
            #expect(g == Self.thunk + n * 32_000 + 12_000 + 4_000)
        }
    }

    @Test func callsToDefinedFunctionsCost52() throws {
        let text = actorModule(
            "local.get 0 call $id call $id", extra: "(func $id (param i32) (result i32) local.get 0)")
        let (g, o) = try gasOf(text, parameter: 0)
        // invoke body: local.get + 2 guarded calls = 4 + 2×52; $id body: 4 each.
        #expect(o.returnedID == 0)
        #expect(g == Self.thunk + 4_000 + 2 * 52_000 + 2 * 4_000)
    }

    @Test func brTableDefaultQuirkChangesCharges() throws {
        // With parameter 5 the default edge skips `i32.const 7 drop`; v3 charged it up front anyway.
        let text = actorModule(
            """
            block block local.get 0 br_table 0 1 end i32.const 7 drop end i32.const 0
            """)
        let (g3, _) = try gasOf(text, parameter: 5, profile: .nv18)
        let (g2, _) = try gasOf(text, parameter: 5, profile: .nv17)
        // v3: one block: local.get, br_table, i32.const 7, i32.const 0 = 16 gas.
        #expect(g3 == Self.thunk + 16_000)
        // v2: entry block local.get, br_table = 8; the default skips to i32.const 0 (4).
        #expect(g2 == Self.thunk + 12_000)
    }

    @Test func memoryGrowFillCopy() throws {
        let text = actorModule(
            """
            i32.const 0 i32.const 7 local.get 0 memory.fill
            i32.const 100 i32.const 0 i32.const 10 memory.copy
            i32.const 1 memory.grow drop
            local.get 0 memory.grow drop
            i32.const 0
            """)
        let (g, o) = try gasOf(text, parameter: 3)
        #expect(o.returnedID == 0)
        // Static: 3 consts + fill(4) | 2 consts + copy(4 + 10×0.4) + const 10 | const 1 + grow(4 + 26214.4)
        // | local.get + grow base (4) | const 0.  Dynamic: fill 3×0.4, grow 3 pages × 26214.4.
        let statics: Int64 =
            4_000 * 4 + (4_000 * 3 + 4_000 + 4_000) + (4_000 + 4_000 + 26_214_400) + (4_000 + 4_000) + 4_000
        let dynamic: Int64 = 3 * 400 + 3 * 26_214_400
        #expect(g == Self.thunk + statics + dynamic)
        // v2: 13 charged instructions (the drops are free), no per-byte or per-page charge.
        let (g2, _) = try gasOf(text, parameter: 3, profile: .nv17)
        #expect(g2 == Self.thunk + 13 * 4_000)
    }

    @Test func outOfGasAtTheExactBlock() throws {
        let text = actorModule(
            """
            local.get 0 if i32.const 1 drop end
            i32.const 2 drop i32.const 0
            """)
        let (engine, module) = try prepared(text)
        // Blocks: thunk 56; entry (local.get, if) 8; then-arm (i32.const) 4; after end: i32.const ×2 = 8.
        let needed: Int64 = 56_000 + 8_000 + 4_000 + 8_000
        let ok = TestGasTracker(limit: needed)
        #expect(engine.invoke(module, parameter: 1, gas: ok).returnedID == 0)
        #expect(ok.used == needed)
        let short = TestGasTracker(limit: needed - 1)
        #expect(engine.invoke(module, parameter: 1, gas: short).isOutOfGas)
        #expect(short.used == short.limit)
        // Skipping the then-arm saves exactly its 4 gas.
        let skip = TestGasTracker(limit: needed - 4_000)
        #expect(engine.invoke(module, parameter: 0, gas: skip).returnedID == 0)
    }

    @Test func stackLimitTrapsAtTheExactDepth() throws {
        // $rec: cost = 0 locals + max height. Height: 2 + local.get(3) ... computed by the limiter.
        let text = actorModule(
            "local.get 0 call $rec",
            extra: """
                (func $rec (param i32) (result i32)
                  local.get 0 i32.eqz if (result i32) i32.const 0 else local.get 0 i32.const 1 i32.sub call $rec end)
                """)
        let (engine, module) = try prepared(text)
        let invokeCost = Int(module.instrumented.stackCosts[1])
        let recCost = Int(module.instrumented.stackCosts[0])
        // Entering invoke through its thunk adds invokeCost, each $rec activation recCost.
        let maxActivations = (2048 - invokeCost) / recCost
        let ok = engine.invoke(module, parameter: UInt32(maxActivations - 1), gas: TestGasTracker(limit: 1 << 50))
        #expect(ok.returnedID == 0)
        let over = engine.invoke(module, parameter: UInt32(maxActivations), gas: TestGasTracker(limit: 1 << 50))
        #expect(over.trap == .stackLimitExceeded)
    }

    /// v3 counts a group of 4000 locals as 1 unit, so ~680 frames of 32 KB each fit under the
    /// limit: the engine's value stack must be sized so that the instrumented limit still trips first.
    @Test func instrumentedLimitTripsBeforeTheEngineStack() throws {
        let locals = Array(repeating: "i64", count: 4000).joined(separator: " ")
        let text = actorModule(
            "local.get 0 call $deep",
            extra: """
                (func $deep (param i32) (result i32) (local \(locals))
                  local.get 0 call $deep)
                """)
        let (engine, module) = try prepared(text)
        let outcome = engine.invoke(module, parameter: 0, gas: TestGasTracker(limit: 1 << 60))
        #expect(outcome.trap == .stackLimitExceeded)
    }

    @Test func trapsAreClassified() throws {
        #expect(try gasOf(actorModule("unreachable")).1.trap == .engine(.unreachable))
        #expect(try gasOf(actorModule("i32.const 70000 i32.load")).1.trap == .engine(.memoryOutOfBounds))
        #expect(try gasOf(actorModule("i32.const 1 local.get 0 i32.div_u")).1.trap == .engine(.integerDivideByZero))
    }
}
