import WAT

/// Runs every directive of one script against one engine and tallies what became of each.
struct SpecScriptRunner<Engine: SpecEngine> {
    let engine: Engine
    let script: String
    var state: SpecRunState<Engine.Instance>

    init(engine: Engine, script: String) throws(SpecInstantiationFailure) {
        self.engine = engine
        self.script = script
        state = SpecRunState(host: try engine.makeHostInstance())
    }

    mutating func run(text: String) -> SpecScriptReport {
        var report = SpecScriptReport(script: script, engine: engine.name)
        var wast: WAST
        do {
            wast = try parseWAST(text, features: SpecModuleBytes.textFeatures)
        } catch {
            report.record(.failed("script unreadable: \(error)"), kind: .unparsed, line: 1)
            return report
        }
        let exclusions = SpecExclusions.directives[script] ?? [:]
        while let (result, location) = wast.nextDirectiveResult() {
            // Finding a line scans the script up to it, so only do so when it is needed.
            let line = { location.computeLineAndColumn().line }
            let outcome: SpecOutcome
            if !exclusions.isEmpty, let reason = exclusions[line()] {
                outcome = .excluded(reason)
                excludeModule(of: result, line: line())
            } else {
                outcome = perform(result, line: line)
            }
            report.record(outcome, kind: Self.kind(of: result), line: line())
        }
        return report
    }

    private static func kind(of result: Result<WASTDirective, WASTDirectiveError>) -> SpecDirectiveKind {
        switch result {
        case .success(let directive): SpecDirectiveKind(directive)
        case .failure(let failure): failure.module == nil ? .unparsed : .module
        }
    }

    private mutating func excludeModule(of result: Result<WASTDirective, WASTDirectiveError>, line: Int) {
        switch result {
        case .success(.module(let module)): state.exclude(moduleAt: line, id: module.id)
        case .failure(let failure):
            if let module = failure.module { state.exclude(moduleAt: line, id: module.id) }
        case .success: break
        }
    }

    private mutating func perform(
        _ result: Result<WASTDirective, WASTDirectiveError>, line: () -> Int
    ) -> SpecOutcome {
        switch result {
        case .failure(let failure):
            if let module = failure.module { state.fail(moduleAt: line(), id: module.id) }
            return .failed("the WAT library could not read it: \(failure.error)")
        case .success(let directive):
            if let line = dependency(of: directive) {
                return .excluded("uses the module excluded at line \(line)")
            }
            return perform(directive, line: line)
        }
    }

    /// The line of the excluded module that `directive` would run against, if any.
    private func dependency(of directive: WASTDirective) -> Int? {
        switch directive {
        case .invoke(let call), .assertExhaustion(let call, _): state.exclusion(of: call.module)
        case .assertReturn(.invoke(let call), _), .assertTrap(.invoke(let call), _): state.exclusion(of: call.module)
        case .assertReturn(.get(let module, _), _), .assertTrap(.get(let module, _), _): state.exclusion(of: module)
        case .register(_, let module): state.exclusion(of: module)
        default: nil
        }
    }

    private mutating func perform(_ directive: WASTDirective, line: () -> Int) -> SpecOutcome {
        switch directive {
        case .module(let module): define(module, line: line)
        case .register(let name, let module): register(name, module: module)
        case .invoke(let call): invoke(call)
        case .assertReturn(let execute, let expected): assertReturn(execute, expected)
        case .assertTrap(.wat(let wat), let message): assertInstantiationTrap(wat, message)
        case .assertTrap(let execute, let message): assertTrap(execute, message)
        case .assertExhaustion(let call, let message): assertTrap(.invoke(call), message)
        case .assertInvalid(let module, _): assertRejected(module.source, as: .invalid)
        case .assertMalformed(let module, _): assertRejected(module.source, as: .malformed)
        case .assertUnlinkable(let wat, let message): assertUnlinkable(wat, message)
        case .moduleInstance, .assertException, .assertFuel, .assertOutOfFuel:
            .failed("a directive outside Wasm 1.0 scripts")
        }
    }
}
