/// Why a module was rejected: `malformed` for the binary format, `invalid` for validation.
public enum ModuleError: Error, Equatable, Sendable {
    case malformed(reason: String, offset: Int)
    case invalid(reason: String, function: Int?, offset: Int)
}
