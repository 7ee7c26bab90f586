/// Everything one script's run produced, for the test's issues and the markdown report.
struct SpecScriptReport: Sendable {
    let script: String
    let engine: String
    private(set) var counts: [SpecDirectiveKind: SpecCounts] = [:]
    private(set) var failures: [SpecFinding] = []
    private(set) var exclusions: [SpecFinding] = []
    private(set) var textRejections: [SpecFinding] = []

    init(script: String, engine: String) {
        self.script = script
        self.engine = engine
    }

    var total: SpecCounts { counts.values.reduce(SpecCounts(), +) }

    mutating func record(_ outcome: SpecOutcome, kind: SpecDirectiveKind, line: @autoclosure () -> Int) {
        counts[kind, default: SpecCounts()].add(outcome)
        switch outcome {
        case .passed: break
        case .rejectedByTextParser(let why):
            textRejections.append(SpecFinding(line: line(), kind: kind, detail: why))
        case .failed(let why): failures.append(SpecFinding(line: line(), kind: kind, detail: why))
        case .excluded(let why): exclusions.append(SpecFinding(line: line(), kind: kind, detail: why))
        }
    }
}
