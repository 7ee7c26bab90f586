import Testing
@testable import FVMWasm

/// The metering vectors of spec Appendix A.
@Suite struct AppendixATests {
    @Test(arguments: [FixtureRules.v2, FixtureRules.v3])
    func branch(rules: InstrumentationRules) throws {
        let b = try meterFirstFunction(
            """
            (module (func (result i32) (local i32 i32)
              block i32.const 0 local.set 0 i32.const 1 local.set 1 local.get 0 local.get 1 local.tee 0 i32.add
              local.set 1 i32.const 1 br_if 0 local.get 0 local.get 1 local.tee 0 i32.add local.set 1 end local.get 1))
            """, rules: rules)
        #expect(b == blocks([(0, 13), (12, 5)]))
    }

    @Test(arguments: [FixtureRules.v2, FixtureRules.v3])
    func ifs(rules: InstrumentationRules) throws {
        let b = try meterFirstFunction(
            """
            (module (func (param i32) (result i32)
              i32.const 1 if (result i32) local.get 0 i32.const 1 i32.add else local.get 0 i32.popcnt end))
            """, rules: rules)
        #expect(b == blocks([(0, 2), (2, 3), (6, 2)]))
    }

    @Test(arguments: [FixtureRules.v2, FixtureRules.v3])
    func simple(rules: InstrumentationRules) throws {
        let a = try meterFirstFunction("(module (func i32.const 1 if loop i32.const 123 drop end end))", rules: rules)
        #expect(a == blocks([(0, 2), (2, 1), (3, 2)]))
        let b = try meterFirstFunction("(module (func block end))", rules: rules)
        #expect(b == blocks([(0, 1)]))
    }

    static let brTableFunction = """
        (module (func (param i32)
          block block local.get 0 br_table 0 1 end i32.const 7 drop end i32.const 9 drop))
        """

    @Test func brTableDefaultV2() throws {
        #expect(try meterFirstFunction(Self.brTableFunction, rules: FixtureRules.v2) == blocks([(0, 6), (5, 2)]))
    }

    @Test func brTableDefaultV3() throws {
        #expect(try meterFirstFunction(Self.brTableFunction, rules: FixtureRules.v3) == blocks([(0, 8)]))
    }

    /// Case 5: the `invoke(i32)` thunk costs 56 gas in one block.
    @Test func invokeThunk() throws {
        let out = try ModuleInstrumenter.instrument(
            try wat(
                """
                (module (func (export "invoke") (param i32) (result i32) local.get 0))
                """), rules: .nv18, keepBlocks: true)
        #expect(out.meteredBlocks.count == 2)
        #expect(out.meteredBlocks[1] == blocks([(0, 56_000)]))
    }

    /// Case 6: a loop around a call to a defined function charges 60 gas per iteration.
    @Test(arguments: [InstrumentationRules.nv17, .nv18])
    func loopWithCall(rules: InstrumentationRules) throws {
        let out = try ModuleInstrumenter.instrument(
            try wat(
                """
                (module
                  (func $f (param i32) (result i32) local.get 0)
                  (func (param i32) loop local.get 0 call $f br_if 0 end))
                """), rules: rules, keepBlocks: true)
        #expect(out.meteredBlocks[1] == blocks([(1, 60_000)]))
    }

    /// Case 7: the worked example of §2.5 (original indices 8 and 10 become 22 and 24 after the
    /// 15-instruction call expansion at index 5).
    static let workedExample = """
        (module
          (memory 1)
          (func $g (param i32) (result i32) local.get 0)
          (func (param i32 i32) (result i32)
            local.get 0 local.get 1 i32.const 16 memory.copy
            local.get 0 call $g i32.eqz
            if (result i32) i32.const 1 else local.get 1 i32.const 0 local.get 1 memory.fill i32.const 2 end))
        """

    @Test func workedExampleV3() throws {
        let out = try ModuleInstrumenter.instrument(try wat(Self.workedExample), rules: .nv18, keepBlocks: true)
        #expect(out.meteredBlocks[1] == blocks([(0, 86_400), (22, 4_000), (24, 20_000)]))
        let f = try WasmDisassembler.functions(out.bytes)[1]
        // The dynamic memory.fill charge: tee the count into the new temp local (index 2).
        let fill = try #require(f.firstIndex(of: "memory.fill"))
        #expect(
            Array(f[(fill - 6)..<fill]) == [
                "local.tee 2", "local.get 2", "i64.extend_i32_u", "i64.const 400", "i64.mul", "call 2",
            ])
    }

    @Test func workedExampleV2() throws {
        let out = try ModuleInstrumenter.instrument(try wat(Self.workedExample), rules: .nv17, keepBlocks: true)
        #expect(out.meteredBlocks[1] == blocks([(0, 80_000), (22, 4_000), (24, 20_000)]))
    }
}
