/// Why an instance could not be created.
public enum InstantiationError: Error {
    case unknownImport(module: String, name: String)
    case incompatibleImport(module: String, name: String, reason: String)
    /// A segment out of bounds, or the start function trapped.
    case trap(Trap)
    case host(any Error)
}
