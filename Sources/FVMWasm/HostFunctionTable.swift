/// The host functions a kernel provides, keyed by `(module, name)`.
public struct HostFunctionTable: @unchecked Sendable {
    var functions: [String: HostFunction] = [:]

    /// Creates an empty table.
    public init() {}

    /// Adds or replaces a host function.
    public mutating func register(_ function: HostFunction) {
        functions[function.module + "\u{0}" + function.name] = function
    }

    func lookup(module: String, name: String) -> HostFunction? { functions[module + "\u{0}" + name] }
}
