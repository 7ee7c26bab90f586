import WAT

/// The directives that call into, or read from, an instance.
extension SpecScriptRunner {
    func execute(_ execute: WASTExecute) throws(SpecInvocationFailure) -> [SpecValue] {
        switch execute {
        case .invoke(let call):
            guard let instance = state.instance(call.module) else {
                throw .other(state.absence(of: call.module))
            }
            guard let arguments = SpecArguments.values(call.args) else {
                throw .other("an argument that is not a number")
            }
            return try engine.invoke(call.name, in: instance, arguments: arguments)
        case .get(let module, let name):
            guard let instance = state.instance(module) else {
                throw .other(state.absence(of: module))
            }
            return [try engine.global(name, in: instance)]
        case .wat:
            throw .other("a module where an invocation belongs")
        }
    }

    func invoke(_ call: WASTInvoke) -> SpecOutcome {
        do {
            _ = try execute(.invoke(call))
            return .passed
        } catch {
            return .failed("\(call.name): \(error)")
        }
    }

    func assertReturn(_ execute: WASTExecute, _ expected: [WASTExpectValue]) -> SpecOutcome {
        do {
            let actual = try self.execute(execute)
            guard let why = SpecValueMatching.mismatch(actual: actual, expected: expected) else { return .passed }
            return .failed(why)
        } catch {
            return .failed("expected \(expected.map(SpecValueMatching.describe)), got \(error)")
        }
    }

    func assertTrap(_ execute: WASTExecute, _ message: String) -> SpecOutcome {
        guard let expected = SpecTrapMessages.traps[message] else {
            return .failed("trap text \"\(message)\" is not in SpecTrapMessages")
        }
        do {
            let values = try self.execute(execute)
            return .failed("expected trap \"\(message)\", got \(values)")
        } catch {
            if case .trap(let trap) = error, expected.contains(trap) { return .passed }
            return .failed("expected trap \"\(message)\", got \(error)")
        }
    }
}
