/// The instances a script has made so far, and the modules it may not use because an
/// exclusion skipped them.
struct SpecRunState<Instance> {
    var current: Instance?
    var named: [String: Instance] = [:]
    /// Instances importable by module name; `spectest` from the start, then each `register`.
    var registered: [String: Instance]
    /// The line of the excluded module that would otherwise be current.
    var excludedCurrent: Int?
    var excludedNamed: [String: Int] = [:]

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

    mutating func define(_ instance: Instance?, id: String?) {
        current = instance
        excludedCurrent = nil
        if let id {
            named[id] = instance
            excludedNamed[id] = nil
        }
    }

    mutating func exclude(moduleAt line: Int, id: String?) {
        current = nil
        excludedCurrent = line
        if let id {
            named[id] = nil
            excludedNamed[id] = line
        }
    }
}
