/// The instances a script has made so far, and the modules it cannot use because an
/// exclusion skipped them or they failed to load.
struct SpecRunState<Instance> {
    var current: Instance?
    var named: [String: Instance] = [:]
    /// Instances importable by module name; `spectest` from the start, then each `register`.
    var registered: [String: Instance]
    /// The line of the excluded module that would otherwise be current.
    var excludedCurrent: Int?
    var excludedNamed: [String: Int] = [:]
    /// The line of the module that failed to load where the current one should be.
    var failedCurrent: Int?
    var failedNamed: [String: Int] = [:]

    init(host: Instance) {
        registered = [SpecHostModule.name: host]
    }

    func instance(_ name: String?) -> Instance? {
        guard let name else { return current }
        return named[name]
    }

    /// The line of the excluded module that a directive naming `module` would use, if any.
    func exclusion(of module: String?) -> Int? {
        guard let module else { return excludedCurrent }
        return excludedNamed[module]
    }

    mutating func define(_ instance: Instance, id: String?) {
        current = instance
        excludedCurrent = nil
        failedCurrent = nil
        if let id {
            named[id] = instance
            excludedNamed[id] = nil
            failedNamed[id] = nil
        }
    }

    /// Until a module loads, directives that would use it fail, naming the line that failed.
    mutating func fail(moduleAt line: Int, id: String?) {
        current = nil
        excludedCurrent = nil
        failedCurrent = line
        if let id {
            named[id] = nil
            excludedNamed[id] = nil
            failedNamed[id] = line
        }
    }

    /// Why there is no instance for `module`.
    func absence(of module: String?) -> String {
        let failed = module.map { failedNamed[$0] } ?? failedCurrent
        let name = module ?? "(current)"
        return failed.map { "module \(name) did not load (line \($0))" } ?? "no module \(name)"
    }

    mutating func exclude(moduleAt line: Int, id: String?) {
        current = nil
        excludedCurrent = line
        failedCurrent = nil
        if let id {
            named[id] = nil
            excludedNamed[id] = line
            failedNamed[id] = nil
        }
    }
}
