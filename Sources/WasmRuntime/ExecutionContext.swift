/// What the interpreter caches about the instance whose code is running; reloaded on every
/// call or return that crosses into another instance.
struct ExecutionContext {
    unowned(unsafe) var instance: Instance
    var functions: UnsafeMutablePointer<FunctionReference>
    var globals: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>>
    var memory: UnsafeMutablePointer<Memory.State>
    var table: UnsafeMutablePointer<FunctionReference>?
    var tableCount: UInt64

    @inline(__always)
    init(_ instance: Instance) {
        self.instance = instance
        functions = instance.functions
        globals = instance.globalCells
        memory = instance.memoryState
        table = instance.table?.elements
        tableCount = UInt64(instance.table?.count ?? 0)
    }

    @inline(__always)
    var opaqueInstance: UnsafeMutableRawPointer { Unmanaged.passUnretained(instance).toOpaque() }
}
