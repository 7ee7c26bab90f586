import Testing

/// Every Wasm specification script the FVM's features cover, one test case per script.
@Suite struct SpecTestSuiteTests {
    @Test(
        "Wasm spec script",
        .enabled(if: SpecTestsuite.isAvailable, "no Wasm testsuite beside the package; set WASM_TESTSUITE to its folder"),
        arguments: SpecTestsuite.scripts
    )
    func script(_ script: String) throws {
        let report = try Self.run(script, on: SpecPrimaryEngine())
        for failure in report.failures {
            Issue.record("\(script):\(failure.line) \(failure.kind.rawValue): \(failure.detail)")
        }
        #expect(report.total.total > 0, "\(script) ran no directives")
    }

    static func run<Engine: SpecEngine>(_ script: String, on engine: Engine) throws -> SpecScriptReport {
        var runner = try SpecScriptRunner(engine: engine, script: script)
        let text = SpecLegacySyntax.modernize(try SpecTestsuite.text(of: script), script: script)
        let report = runner.run(text: text)
        SpecReportWriter.shared.record(report)
        return report
    }
}
