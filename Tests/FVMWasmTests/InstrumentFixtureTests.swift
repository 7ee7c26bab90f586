import Testing
@testable import FVMWasm

/// fvm-wasm-instrument's `tests/fixtures` re-expressed: each module is instrumented with one pass
/// (as the crate's `tests/diff.rs` does) and compared instruction by instruction with the
/// crate's expectation at 0.4.0 (`87fa4ce`); the 0.2.0 differences are checked where they exist.
@Suite struct GasFixtureTests {
    func gasOnly(_ text: String, _ rules: InstrumentationRules = FixtureRules.v3) throws -> [[String]] {
        let out = try ModuleInstrumenter.instrument(try wat(text), rules: rules, passes: .gasMetering)
        return try WasmDisassembler.functions(out.bytes)
    }

    @Test(arguments: [FixtureRules.v2, FixtureRules.v3])
    func branch(rules: InstrumentationRules) throws {
        let f = try gasOnly(
            """
            (module (func (result i32) (local i32 i32)
              (block
                (local.set 0 (i32.const 0)) (local.set 1 (i32.const 1))
                local.get 0 local.get 1 local.tee 0 i32.add local.set 1
                i32.const 1 br_if 0
                local.get 0 local.get 1 local.tee 0 i32.add local.set 1)
              local.get 1))
            """, rules)
        #expect(
            f[0] == [
                "i64.const 13", "call 1", "block", "i32.const 0", "local.set 0", "i32.const 1", "local.set 1",
                "local.get 0", "local.get 1", "local.tee 0", "i32.add", "local.set 1", "i32.const 1", "br_if 0",
                "i64.const 5", "call 1", "local.get 0", "local.get 1", "local.tee 0", "i32.add", "local.set 1",
                "end", "local.get 1", "end",
            ])
        #expect(f[1] == gasFunctionLines(global: 0))
    }

    @Test func call() throws {
        let f = try gasOnly(
            """
            (module
              (func $add_locals (param i32 i32) (result i32) (local i32)
                local.get 0 local.get 1 call $add local.set 2 local.get 2)
              (func $add (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
            """)
        #expect(
            f[0] == [
                "i64.const 5", "call 2", "local.get 0", "local.get 1", "call 1", "local.set 2", "local.get 2", "end",
            ])
        #expect(f[1] == ["i64.const 3", "call 2", "local.get 0", "local.get 1", "i32.add", "end"])
    }

    @Test func ifs() throws {
        let f = try gasOnly(
            """
            (module (func (param i32) (result i32)
              (if (result i32) (i32.const 1)
                (then (i32.add (local.get 0) (i32.const 1)))
                (else (i32.popcnt (local.get 0))))))
            """)
        #expect(
            f[0] == [
                "i64.const 2", "call 1", "i32.const 1", "if (result i32)", "i64.const 3", "call 1",
                "local.get 0", "i32.const 1", "i32.add", "else", "i64.const 2", "call 1", "local.get 0",
                "i32.popcnt", "end", "end",
            ])
    }

    @Test func simple() throws {
        let f = try gasOnly(
            """
            (module
              (func (export "simple") (if (i32.const 1) (then (loop i32.const 123 drop))))
              (func block end))
            """)
        #expect(
            f[0] == [
                "i64.const 2", "call 2", "i32.const 1", "if", "i64.const 1", "call 2", "loop",
                "i64.const 2", "call 2", "i32.const 123", "drop", "end", "end", "end",
            ])
        #expect(f[1] == ["i64.const 1", "call 2", "block", "end", "end"])
    }

    @Test func start() throws {
        let bytes = try wat(
            """
            (module
              (import "env" "ext_return" (func $ext_return (param i32 i32)))
              (import "env" "memory" (memory 1 1))
              (start $start)
              (func $start (call $ext_return (i32.const 8) (i32.const 4)) unreachable)
              (func (export "call"))
              (data (i32.const 8) "\\01\\02\\03\\04"))
            """)
        let out = try ModuleInstrumenter.instrument(bytes, rules: FixtureRules.v3, passes: .gasMetering)
        let f = try WasmDisassembler.functions(out.bytes)
        #expect(f[0] == ["i64.const 4", "call 3", "i32.const 8", "i32.const 4", "call 0", "unreachable", "end"])
        #expect(f[1] == ["end"])
        #expect(f[2] == gasFunctionLines(global: 0))
    }

    @Test func gasGlobalNamePerVersion() throws {
        let bytes = try wat("(module (func))")
        let v2 = try ModuleInstrumenter.instrument(bytes, rules: .nv17)
        let v3 = try ModuleInstrumenter.instrument(bytes, rules: .nv18)
        let m2 = try WasmModuleParser.parse(v2.bytes)
        let m3 = try WasmModuleParser.parse(v3.bytes)
        #expect(m2.imports.map { "\($0.module).\($0.name)" } == ["gas.gas_couner"])
        #expect(m3.imports.map { "\($0.module).\($0.name)" } == ["gas.gas_counter"])
    }
}

@Suite struct StackHeightFixtureTests {
    func limited(_ text: String, _ rules: InstrumentationRules = FixtureRules.v3) throws -> (
        InstrumentedModule, [[String]]
    ) {
        let out = try ModuleInstrumenter.instrument(try wat(text), rules: rules, passes: .stackLimiter)
        return (out, try WasmDisassembler.functions(out.bytes))
    }

    @Test(arguments: [FixtureRules.v2, FixtureRules.v3])
    func emptyFunctions(rules: InstrumentationRules) throws {
        let (out, f) = try limited("(module (func call 0) (func (export \"main\") call 0))", rules)
        #expect(out.stackCosts == [2, 2])
        #expect(f.count == 3)
        #expect(f[0] == guardedCallLines(callee: 0, cost: 2, global: 0, limit: 1024) + ["end"])
        #expect(f[1] == guardedCallLines(callee: 0, cost: 2, global: 0, limit: 1024) + ["end"])
        #expect(f[2] == guardedCallLines(callee: 1, cost: 2, global: 0, limit: 1024) + ["end"])
        let m = try WasmModuleParser.parse(out.bytes)
        #expect(m.exports.first { $0.name == "main" }?.index == 2)
    }

    @Test func global() throws {
        let (out, f) = try limited(
            """
            (module
              (import "env" "foo" (func $foo))
              (global $counter (mut i32) (i32.const 1))
              (func $add (export "i32.add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
              (func (param i32) (local i32)
                global.get 0 i32.const 1 i32.add local.tee 1 global.set $counter
                local.get 1 local.get 0 call $add drop))
            """)
        #expect(out.stackCosts == [4, 5])
        #expect(
            f[1] == [
                "global.get 0", "i32.const 1", "i32.add", "local.tee 1", "global.set 0", "local.get 1", "local.get 0",
            ]
                + guardedCallLines(callee: 1, cost: 4, global: 1, limit: 1024) + ["drop", "end"])
        #expect(
            f[2] == ["local.get 0", "local.get 1"] + guardedCallLines(callee: 1, cost: 4, global: 1, limit: 1024) + [
                "end"
            ])
    }

    @Test func imports() throws {
        let (_, f) = try limited(
            """
            (module
              (import "env" "foo" (func $foo)) (import "env" "boo" (func $boo))
              (func (export "i32.add") (param i32 i32) (result i32) call $foo call $boo local.get 0 local.get 1 i32.add))
            """)
        #expect(f[0] == ["call 0", "call 1", "local.get 0", "local.get 1", "i32.add", "end"])
        #expect(
            f[1] == ["local.get 0", "local.get 1"] + guardedCallLines(callee: 2, cost: 4, global: 0, limit: 1024) + [
                "end"
            ])
    }

    /// 3 locals in 2 groups: 0.2.0 counts 3 (cost 5), 0.4.0 counts 2 groups (cost 4).
    @Test func manyLocals() throws {
        let text = "(module (func $g (local i64) (local i64) (local i32)) (func $main (call $g)))"
        let (v3, f3) = try limited(text, FixtureRules.v3)
        let (v2, f2) = try limited(text, FixtureRules.v2)
        #expect(v3.stackCosts[0] == 4)
        #expect(v2.stackCosts[0] == 5)
        #expect(f3[1] == guardedCallLines(callee: 0, cost: 4, global: 0, limit: 1024) + ["end"])
        #expect(f2[1] == guardedCallLines(callee: 0, cost: 5, global: 0, limit: 1024) + ["end"])
    }

    @Test func simple() throws {
        let (out, f) = try limited("(module (func (export \"simple\") i32.const 123 drop))")
        #expect(out.stackCosts == [3])
        #expect(f[1] == guardedCallLines(callee: 0, cost: 3, global: 0, limit: 1024) + ["end"])
    }

    @Test func start() throws {
        let (out, f) = try limited(
            """
            (module
              (import "env" "ext_return" (func $ext_return (param i32 i32)))
              (import "env" "memory" (memory 1 1))
              (start $start)
              (func $start (local i32))
              (func (export "call")))
            """)
        #expect(out.stackCosts == [3, 2])
        #expect(f[2] == guardedCallLines(callee: 1, cost: 3, global: 0, limit: 1024) + ["end"])
        #expect(f[3] == guardedCallLines(callee: 2, cost: 2, global: 0, limit: 1024) + ["end"])
        let m = try WasmModuleParser.parse(out.bytes)
        #expect(m.start == 3)
        #expect(m.exports.first { $0.name == "call" }?.index == 4)
    }

    @Test func table() throws {
        let (out, f) = try limited(
            """
            (module
              (import "env" "foo" (func $foo))
              (func (param i32) local.get 0 i32.const 0 call $add drop)
              (func $add (export "i32.add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
              (table 10 funcref)
              (elem (i32.const 0) 0 1 2))
            """)
        #expect(out.stackCosts == [4, 4])
        #expect(
            f[0] == ["local.get 0", "i32.const 0"] + guardedCallLines(callee: 2, cost: 4, global: 0, limit: 1024) + [
                "drop", "end",
            ])
        #expect(f[2] == ["local.get 0"] + guardedCallLines(callee: 1, cost: 4, global: 0, limit: 1024) + ["end"])
        #expect(
            f[3] == ["local.get 0", "local.get 1"] + guardedCallLines(callee: 2, cost: 4, global: 0, limit: 1024) + [
                "end"
            ])
        let m = try WasmModuleParser.parse(out.bytes)
        #expect(m.elements[0].functions == [0, 3, 4])
        #expect(m.exports.first { $0.name == "i32.add" }?.index == 4)
    }
}

/// Index bookkeeping of gas injection: how global and export indices shift when the gas global is
/// added, and which imported globals each instrumenter version accepts.
@Suite struct GlobalIndexTests {
    static let text = """
        (module
          (global $a (mut i32) (i32.const 1))
          (global $b i32 (i32.const 2))
          (export "b" (global $b))
          (func (export "f") (result i32) global.get $a global.get $b i32.add))
        """

    /// Code indices shift past the gas import; 0.2.0 also shifts exported globals, 0.4.0 does not.
    @Test func exportedGlobalsPerVersion() throws {
        let v2 = try ModuleInstrumenter.instrument(try wat(Self.text), rules: .nv17)
        let v3 = try ModuleInstrumenter.instrument(try wat(Self.text), rules: .nv18)
        #expect(try WasmDisassembler.functions(v2.bytes)[0].contains("global.get 2"))
        #expect(try WasmDisassembler.functions(v3.bytes)[0].contains("global.get 2"))
        #expect(try WasmModuleParser.parse(v2.bytes).exports.first { $0.name == "b" }?.index == 2)
        #expect(try WasmModuleParser.parse(v3.bytes).exports.first { $0.name == "b" }?.index == 1)
    }

    /// 0.2.0 rejects an imported global only when both module and name differ from the gas global.
    @Test func importedGlobalChecks() throws {
        let other = "(module (import \"env\" \"g\" (global i32)))"
        let sameModule = "(module (import \"gas\" \"other\" (global i32)))"
        let duplicate = "(module (import \"gas\" \"gas_counter\" (global (mut i64))))"
        #expect(throws: WasmPreparationError.self) {
            _ = try ModuleInstrumenter.instrument(try wat(other), rules: .nv17)
        }
        _ = try ModuleInstrumenter.instrument(try wat(sameModule), rules: .nv17)
        #expect(throws: WasmPreparationError.self) {
            _ = try ModuleInstrumenter.instrument(try wat(duplicate), rules: .nv18)
        }
    }
}
