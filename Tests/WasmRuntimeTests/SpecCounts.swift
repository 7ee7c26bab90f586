/// Tallies of the outcomes of one kind of directive.
struct SpecCounts: Equatable, Sendable {
    var passed = 0
    var failed = 0
    var excluded = 0
    /// Included in `passed`; see `SpecOutcome.rejectedByTextParser`.
    var rejectedByTextParser = 0

    var total: Int { passed + failed + excluded }

    mutating func add(_ outcome: SpecOutcome) {
        switch outcome {
        case .passed: passed += 1
        case .rejectedByTextParser:
            passed += 1
            rejectedByTextParser += 1
        case .failed: failed += 1
        case .excluded: excluded += 1
        }
    }

    static func + (lhs: SpecCounts, rhs: SpecCounts) -> SpecCounts {
        SpecCounts(
            passed: lhs.passed + rhs.passed, failed: lhs.failed + rhs.failed,
            excluded: lhs.excluded + rhs.excluded,
            rejectedByTextParser: lhs.rejectedByTextParser + rhs.rejectedByTextParser)
    }
}
