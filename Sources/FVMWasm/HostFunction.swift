import WasmKit

/// What a host function gets besides its arguments: the caller's memory and kernel context.
public struct HostCall: ~Copyable {
    /// The calling actor's linear memory.
    public let memory: LinearMemory
    /// The object the kernel passed to `invoke` (its per-invocation kernel).
    public let context: AnyObject?
    var skipResync = false

    /// Skips the gas re-sync after this call, as ref-fvm does when an out-pointer is invalid
    /// (spec §2.6 step 3).
    public mutating func skipGasResync() { skipResync = true }
}

/// A host import: `(module, name)`, its Wasm signature and its implementation.
///
/// The engine wraps every call: it flushes Wasm gas into the tracker before the body runs and
/// writes the tracker's balance back into the gas global afterwards (spec §2.6 steps 1 and 5).
/// The body charges `OnSyscall` itself, then throws `HostSignal` to end the invocation or any
/// other error for a fatal host failure.
public struct HostFunction: @unchecked Sendable {
    public typealias Body = (inout HostCall, UnsafeBufferPointer<Value>, UnsafeMutableBufferPointer<Value>) throws -> Void

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
}

/// How a host function ends the current invocation.
public enum HostSignal: Error, Sendable, Equatable {
    /// `vm.exit` / `vm.abort`: the actor asked to stop with an exit code and optional return block.
    case exit(code: UInt32, returnBlock: UInt32, message: String)
    /// The kernel's gas tracker ran out of gas.
    case outOfGas
}

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
