/// What native code reads about the running instance and invocation, at offsets fixed when the
/// code is generated. One lives on the Swift stack for each entry into native code.
struct NativeContext {
    var globals: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>>
    var memory: UnsafeMutablePointer<Memory.State>
    var table: UnsafeMutablePointer<FunctionReference>?
    var tableCount: UInt64
    var instance: UnsafeMutableRawPointer
    /// One past the last value-stack slot an activation may use.
    var stackEnd: UnsafeMutablePointer<UInt64>
    /// Native stack the nested Wasm activations may take: 16 bytes each, so this bounds the depth.
    var depthBytes: UInt
    /// The lowest native stack pointer allowed, set by the entry trampoline.
    var stackLimit: UInt = 0
    var callImport: UnsafeRawPointer
    var callReference: UnsafeRawPointer
    var executeCold: UnsafeRawPointer
    var stack: Unmanaged<ExecutionStack>
    /// The error behind `NativeStatus.hostError`.
    var error: ExecutionError? = nil

    init(instance: Instance, stack: ExecutionStack) {
        let ctx = ExecutionContext(instance)
        globals = ctx.globals
        memory = ctx.memory
        table = ctx.table
        tableCount = ctx.tableCount
        self.instance = ctx.opaqueInstance
        stackEnd = stack.end
        depthBytes = UInt(stack.maxDepth) * UInt(NativeLayout.frameBytes)
        self.stack = Unmanaged.passUnretained(stack)
        callImport = NativeThunks.callImport
        callReference = NativeThunks.callReference
        executeCold = NativeThunks.executeCold
    }

    var runningInstance: Instance { Unmanaged<Instance>.fromOpaque(instance).takeUnretainedValue() }
}

/// The byte offsets native code uses, computed from the Swift layouts once per process.
enum NativeLayout {
    /// Native stack per Wasm activation: the return address and the caller's saved frame pointer.
    static let frameBytes = 16

    static let globals = offset(\NativeContext.globals)
    static let memory = offset(\NativeContext.memory)
    static let table = offset(\NativeContext.table)
    static let tableCount = offset(\NativeContext.tableCount)
    static let instance = offset(\NativeContext.instance)
    static let stackEnd = offset(\NativeContext.stackEnd)
    static let depthBytes = offset(\NativeContext.depthBytes)
    static let stackLimit = offset(\NativeContext.stackLimit)
    static let callImport = offset(\NativeContext.callImport)
    static let callReference = offset(\NativeContext.callReference)
    static let executeCold = offset(\NativeContext.executeCold)

    static let memoryBase = Int32(MemoryLayout<Memory.State>.offset(of: \Memory.State.base)!)
    static let memoryBytes = Int32(MemoryLayout<Memory.State>.offset(of: \Memory.State.byteCount)!)

    static let referenceStride = Int32(MemoryLayout<FunctionReference>.stride)
    static let referenceInstance = Int32(MemoryLayout<FunctionReference>.offset(of: \FunctionReference.instance)!)
    static let referenceNative = Int32(MemoryLayout<FunctionReference>.offset(of: \FunctionReference.native)!)
    static let referenceType = Int32(MemoryLayout<FunctionReference>.offset(of: \FunctionReference.typeID)!)

    private static func offset<T>(_ path: KeyPath<NativeContext, T>) -> Int32 {
        Int32(MemoryLayout<NativeContext>.offset(of: path)!)
    }
}

/// How native code ends: normally, with a trap, or with an error a host function threw.
enum NativeStatus {
    static let ok: UInt32 = 0
    static let hostError: UInt32 = 255

    /// Traps in a fixed order, so a status names one.
    static let traps: [Trap] = [
        .unreachable, .memoryOutOfBounds, .tableOutOfBounds, .indirectCallToNull, .indirectCallTypeMismatch,
        .integerDivideByZero, .integerOverflow, .invalidConversionToInteger, .callStackExhausted,
    ]

    static func code(_ trap: Trap) -> UInt32 { UInt32(traps.firstIndex(of: trap)! + 1) }

    static func code(_ error: ExecutionError, in context: UnsafeMutablePointer<NativeContext>) -> UInt32 {
        if case .trap(let t) = error { return code(t) }
        context.pointee.error = error
        return hostError
    }
}
