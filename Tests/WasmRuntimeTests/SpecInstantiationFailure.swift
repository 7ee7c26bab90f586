/// Why an engine could not instantiate a module it had compiled.
enum SpecInstantiationFailure: Error, Equatable, Sendable {
    case unknownImport(String)
    case incompatibleImport(String)
    /// A segment initialiser or the start function trapped.
    case trap(SpecTrap)
    /// The engine validates part of a module only now, and found it invalid.
    case rejected(SpecModuleRejection)
    /// Anything else, such as a trap the adapter could not name.
    case other(String)
}

extension SpecInstantiationFailure: CustomStringConvertible {
    var description: String {
        switch self {
        case .unknownImport(let detail): "unknown import \(detail)"
        case .incompatibleImport(let detail): "incompatible import \(detail)"
        case .trap(let trap): "trap \(trap)"
        case .rejected(let rejection): "\(rejection)"
        case .other(let detail): detail
        }
    }
}
