import Testing

/// Every Wasm specification script the FVM's features cover, one test case per script.
@Suite struct SpecTestSuiteTests {
    @Test(
        "Wasm spec script",
        .enabled(
            if: SpecTestsuite.isAvailable,
            "no Wasm testsuite at \(SpecTestsuite.root.path); set WASM_TESTSUITE to its folder"),
        arguments: SpecTestsuite.scripts
    )
    func script(_ script: String) throws {
        let engines = try #require(SpecEngineChoice.selected, "SPECTEST_ENGINE names no engine")
        for engine in engines {
            let report = try engine.run(script)
            SpecReportWriter.shared.record(report)
            for failure in report.failures {
                Issue.record("\(engine.rawValue) \(script):\(failure.line) \(failure.kind.rawValue): \(failure.detail)")
            }
            #expect(report.total.total > 0, "\(script) ran no directives")
            let listed = SpecExclusions.directives[script].map { Set($0.keys) } ?? []
            let stale = listed.subtracting(report.exclusions.map(\.line))
            #expect(stale.isEmpty, "SpecExclusions lists lines where \(script) has no directive: \(stale.sorted())")
        }
    }
}
