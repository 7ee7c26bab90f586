import Testing
import WAT

/// The runner's counts must be able to fail: wrong expectations are failures, never passes.
@Suite struct SpecScriptRunnerTests {
    static let script = """
        (module (func (export "one") (result i32) (i32.const 1)) (func (export "trap") (unreachable)))
        (assert_return (invoke "one") (i32.const 1))
        (assert_return (invoke "one") (i32.const 2))
        (assert_trap (invoke "trap") "unreachable")
        (assert_trap (invoke "trap") "integer overflow")
        (assert_trap (invoke "one") "unreachable")
        (assert_invalid (module (func (result i32) (i64.const 0))) "type mismatch")
        (assert_invalid (module (func (result i32) (i32.const 0))) "type mismatch")
        (assert_malformed (module quote "(func") "unexpected end")
        (assert_return (invoke "missing"))
        (module (func (export "two") (result i32) (i32.const 2)) (func (export "two") (result i32) (i32.const 2)))
        (assert_return (invoke "two") (i32.const 2))
        """

    @Test func countsFailures() throws {
        var runner = try SpecScriptRunner(engine: SpecWasmRuntimeEngine(), script: "self-test.wast")
        let report = runner.run(text: Self.script)
        #expect(report.counts[.module] == SpecCounts(passed: 1, failed: 1))
        #expect(report.counts[.assertReturn] == SpecCounts(passed: 1, failed: 3))
        #expect(report.counts[.assertTrap] == SpecCounts(passed: 1, failed: 2))
        #expect(report.counts[.assertInvalid] == SpecCounts(passed: 1, failed: 1))
        #expect(report.counts[.assertMalformed] == SpecCounts(passed: 1, rejectedByTextParser: 1))
        #expect(report.failures.map(\.line) == [3, 5, 6, 8, 10, 11, 12])
        #expect(report.failures.last?.detail.contains("did not load (line 11)") == true)
    }

    @Test func nanPatternsAndExactBits() {
        #expect(SpecValueMatching.matches(.f32(0x7FC0_0000), .f32CanonicalNaN))
        #expect(SpecValueMatching.matches(.f32(0xFFC0_0000), .f32CanonicalNaN))
        #expect(!SpecValueMatching.matches(.f32(0x7FC0_0001), .f32CanonicalNaN))
        #expect(SpecValueMatching.matches(.f32(0x7FC0_0001), .f32ArithmeticNaN))
        #expect(!SpecValueMatching.matches(.f32(0x7FA0_0000), .f32ArithmeticNaN))
        #expect(SpecValueMatching.matches(.f64(0xFFF8_0000_0000_0000), .f64CanonicalNaN))
        #expect(!SpecValueMatching.matches(.f64(0x7FF4_0000_0000_0000), .f64ArithmeticNaN))
        #expect(!SpecValueMatching.matches(.f32(0x7FC0_0000), .f32(0x7FC0_0001)))
        #expect(!SpecValueMatching.matches(.f64(0x8000_0000_0000_0000), .f64(0)))
        #expect(!SpecValueMatching.matches(.i32(1), .i64(1)))
    }
}
