/// A function implemented in Swift. The body reads its arguments from and writes its result to
/// the `HostCall`, which addresses the caller's slots directly (no allocation per call).
public struct HostFunction: Sendable {
    public let type: FunctionType
    let body: @Sendable (inout HostCall) throws -> Void

    public init(type: FunctionType, body: @escaping @Sendable (inout HostCall) throws -> Void) {
        self.type = type
        self.body = body
    }
}

/// Holds a host function at a stable address so function references need not retain it.
final class HostFunctionBox {
    let function: HostFunction
    let typeID: Int32
    let parameterCount: Int
    let hasResult: Bool

    init(_ function: HostFunction) {
        self.function = function
        typeID = TypeRegistry.id(of: function.type)
        parameterCount = function.type.parameters.count
        hasResult = !function.type.results.isEmpty
    }

    var reference: FunctionReference {
        FunctionReference(
            code: nil, native: nil, instance: nil, host: Unmanaged.passUnretained(self), typeID: typeID,
            parameterCount: Int32(parameterCount), localCount: 0, frameSize: 0)
    }
}
