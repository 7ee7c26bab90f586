/// Why a module could not be prepared, with the place it went wrong.
public enum WasmPreparationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not a well-formed Wasm binary.
    case malformed(reason: String, offset: Int)
    /// The module uses a feature the network version's engine disables.
    case forbiddenFeature(String, function: Int?, offset: Int)
    /// The stack limiter's abstract interpretation failed.
    case stackLimiter(reason: String, function: Int)
    /// Gas injection refused the module.
    case gasInjection(reason: String, function: Int?)
    /// The engine rejected the instrumented module.
    case invalidInstrumentedModule(String)
    /// An import has no host function with a matching signature.
    case link(String)

    public var description: String {
        switch self {
        case .malformed(let reason, let offset): "malformed module at byte \(offset): \(reason)"
        case .forbiddenFeature(let what, let function, let offset):
            "forbidden feature \(what)" + (function.map { " in function \($0)" } ?? "") + " at byte \(offset)"
        case .stackLimiter(let reason, let function): "stack limiter failed in function \(function): \(reason)"
        case .gasInjection(let reason, let function):
            "gas injection failed" + (function.map { " in function \($0)" } ?? "") + ": \(reason)"
        case .invalidInstrumentedModule(let reason): "instrumented module is invalid: \(reason)"
        case .link(let reason): "cannot link module: \(reason)"
        }
    }
}
