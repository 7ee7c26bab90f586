/// A resolved callable as the interpreter sees it: plain data, no reference counting.
/// The owner of the array holding it keeps the referenced instance or host function alive.
struct FunctionReference: @unchecked Sendable {
    /// Entry of a Wasm function's code; nil for host functions and null references.
    var code: UnsafePointer<UInt32>?
    /// Entry of the function's native code, when its module has some.
    var native: UnsafeRawPointer?
    var instance: Unmanaged<Instance>?
    var host: Unmanaged<HostFunctionBox>?
    /// Canonical type number, or -1 for a null reference.
    var typeID: Int32
    var parameterCount: Int32
    var localCount: Int32
    var frameSize: Int32

    static let null = FunctionReference(
        code: nil, native: nil, instance: nil, host: nil, typeID: -1, parameterCount: 0, localCount: 0, frameSize: 0)

    var isNull: Bool { typeID < 0 }
}
