import WasmRuntime

/// A host import: `(module, name)`, its Wasm signature and its implementation.
///
/// The engine wraps every call: it flushes Wasm gas into the tracker before the body runs and
/// writes the tracker's balance back into the gas global afterwards.
/// The body charges `OnSyscall` itself, then throws `HostSignal` to end the invocation or any
/// other error for a fatal host failure.
public struct HostFunction: @unchecked Sendable {
    public typealias Body = (inout HostCall) throws -> Void

    public let module: String
    public let name: String
    public let parameters: [ValueType]
    public let results: [ValueType]
    public let body: Body

    /// Creates a host function.
    public init(module: String, name: String, parameters: [ValueType], results: [ValueType], body: @escaping Body) {
        self.module = module
        self.name = name
        self.parameters = parameters
        self.results = results
        self.body = body
    }

    var type: FunctionType { FunctionType(parameters: parameters, results: results) }
}
