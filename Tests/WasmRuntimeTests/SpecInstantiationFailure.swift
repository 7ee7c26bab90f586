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
