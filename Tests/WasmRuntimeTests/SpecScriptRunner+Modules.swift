import WAT

/// The directives that make modules, or assert that making one fails.
extension SpecScriptRunner {
    /// Compile and instantiate against the instances registered so far; a module the engine
    /// rejects while compiling is reported as `.rejected` too, so callers see one failure type.
    func instantiate(_ bytes: [UInt8]) throws(SpecInstantiationFailure) -> Engine.Instance {
        let module: Engine.Module
        do {
            module = try engine.compile(bytes)
        } catch {
            throw .rejected(error)
        }
        return try engine.instantiate(module, registered: state.registered)
    }

    mutating func define(_ module: ModuleDirective, line: () -> Int) -> SpecOutcome {
        let outcome = load(module)
        if case .failed = outcome {
            // A module that fails leaves no current module, so later directives fail visibly.
            state.fail(moduleAt: line(), id: module.id)
        }
        return outcome
    }

    private mutating func load(_ module: ModuleDirective) -> SpecOutcome {
        guard !module.isDefinition else { return .failed("module definitions are outside Wasm 1.0 scripts") }
        let bytes: [UInt8]
        do {
            bytes = try SpecModuleBytes.bytes(of: module.source)
        } catch {
            return .failed("the WAT library could not encode it: \(error)")
        }
        do {
            state.define(try instantiate(bytes), id: module.id)
            return .passed
        } catch {
            return .failed("module not instantiated: \(error)")
        }
    }

    mutating func register(_ name: String, module: String?) -> SpecOutcome {
        guard let instance = state.instance(module) else {
            return .failed(state.absence(of: module))
        }
        state.registered[name] = instance
        return .passed
    }

    func assertRejected(_ source: ModuleSource, as expected: SpecModuleRejection.Kind) -> SpecOutcome {
        let bytes: [UInt8]
        do {
            bytes = try SpecModuleBytes.bytes(of: source)
        } catch {
            if expected == .malformed, case .quote = source { return .rejectedByTextParser("\(error)") }
            return .failed("the WAT library could not encode it, so the engine never saw it: \(error)")
        }
        do {
            _ = try instantiate(bytes)
            return .failed("module accepted; expected it to be rejected as \(expected)")
        } catch {
            guard case .rejected(let rejection) = error else {
                return .failed("module compiled; expected it to be rejected as \(expected), got \(error)")
            }
            guard rejection.kind == expected || rejection.kind == .unclassified else {
                return .failed("rejected as \(rejection.kind), expected \(expected): \(rejection.detail)")
            }
            return .passed
        }
    }

    func assertUnlinkable(_ wat: Wat, _ message: String) -> SpecOutcome {
        guard let expectation = SpecLinkMessages.expectations[message] else {
            return .failed("link failure text \"\(message)\" is not in SpecLinkMessages")
        }
        let bytes: [UInt8]
        do {
            bytes = try SpecModuleBytes.bytes(of: wat)
        } catch {
            return .failed("the WAT library could not encode it: \(error)")
        }
        do {
            _ = try instantiate(bytes)
            return .failed("module instantiated; expected \"\(message)\"")
        } catch {
            return expectation.accepts(error) ? .passed : .failed("expected \"\(message)\", got \(error)")
        }
    }

    func assertInstantiationTrap(_ wat: Wat, _ message: String) -> SpecOutcome {
        guard let expected = SpecTrapMessages.traps[message] else {
            return .failed("trap text \"\(message)\" is not in SpecTrapMessages")
        }
        let bytes: [UInt8]
        do {
            bytes = try SpecModuleBytes.bytes(of: wat)
        } catch {
            return .failed("the WAT library could not encode it: \(error)")
        }
        do {
            _ = try instantiate(bytes)
            return .failed("module instantiated; expected trap \"\(message)\"")
        } catch {
            if case .trap(let trap) = error, expected.contains(trap) { return .passed }
            return .failed("expected trap \"\(message)\", got \(error)")
        }
    }
}
