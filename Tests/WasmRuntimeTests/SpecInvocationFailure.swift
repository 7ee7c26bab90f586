/// Why calling an export or reading a global produced no values.
enum SpecInvocationFailure: Error, Equatable, Sendable {
    case trap(SpecTrap)
    case missingExport(String)
    /// Anything else, such as a trap the adapter could not name or a host error.
    case other(String)
}

extension SpecInvocationFailure: CustomStringConvertible {
    var description: String {
        switch self {
        case .trap(let trap): "trap \(trap)"
        case .missingExport(let name): "no export \"\(name)\""
        case .other(let detail): detail
        }
    }
}
