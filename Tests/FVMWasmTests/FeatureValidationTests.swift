import Testing
import WAT
@testable import FVMWasm

/// What each version's engine refuses to load (features outside its Wasm profile).
@Suite struct FeatureValidationTests {
    func prepare(_ text: String, _ rules: InstrumentationRules) throws {
        _ = try ModuleInstrumenter.instrument(try wat2wasm(text, features: .all), rules: rules)
    }

    func rejects(_ text: String, _ rules: InstrumentationRules, containing word: String) {
        do {
            try prepare(text, rules)
            Issue.record("accepted: \(text)")
        } catch let e as WasmPreparationError {
            guard case .forbiddenFeature(let what, _, _) = e else { Issue.record("wrong error \(e)"); return }
            #expect(what.contains(word), "\(what)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test(arguments: [InstrumentationRules.nv17, .nv18])
    func rejectsSIMD(rules: InstrumentationRules) {
        rejects("(module (func (result i32) v128.const i64x2 0 0 i32x4.extract_lane 0))", rules, containing: "SIMD")
    }

    @Test(arguments: [InstrumentationRules.nv17, .nv18])
    func rejectsReferenceTypes(rules: InstrumentationRules) {
        rejects("(module (func (result i32) ref.null func ref.is_null))", rules, containing: "reference")
        rejects("(module (table 1 externref))", rules, containing: "reference")
        rejects("(module (table 1 funcref) (table 1 funcref))", rules, containing: "table")
    }

    @Test(arguments: [InstrumentationRules.nv17, .nv18])
    func rejectsMultiValue(rules: InstrumentationRules) {
        rejects("(module (func (result i32 i32) i32.const 1 i32.const 2))", rules, containing: "multi-value")
        rejects(
            "(module (func (param i32) (result i32) local.get 0 block (param i32) (result i32) end))", rules,
            containing: "multi-value")
    }

    @Test(arguments: [InstrumentationRules.nv17, .nv18])
    func rejectsThreads(rules: InstrumentationRules) {
        rejects("(module (memory 1 1 shared))", rules, containing: "threads")
        rejects("(module (memory 1) (func (result i32) i32.const 0 i32.atomic.load))", rules, containing: "atomics")
    }

    @Test func signExtensionAndSaturatingTruncationPerVersion() throws {
        let ext = "(module (func (param i32) (result i32) local.get 0 i32.extend8_s))"
        let sat = "(module (func (param f32) (result i32) local.get 0 i32.trunc_sat_f32_s))"
        rejects(ext, .nv17, containing: "sign-extension")
        rejects(sat, .nv17, containing: "saturating")
        try prepare(ext, .nv18)
        try prepare(sat, .nv18)
    }

    @Test(arguments: [InstrumentationRules.nv17, .nv18])
    func acceptsBulkMemoryAndFloats(rules: InstrumentationRules) throws {
        try prepare(
            """
            (module (memory 1)
              (func (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.copy
                local.get 0 local.get 1 local.get 2 memory.fill)
              (func (param f64) (result f64) local.get 0 f64.sqrt))
            """, rules)
    }

    @Test func dataOffsetMustBeConstant() {
        #expect(throws: WasmPreparationError.self) {
            try prepare("(module (global i32 (i32.const 0)) (memory 1) (data (global.get 0) \"x\"))", .nv18)
        }
    }
}
