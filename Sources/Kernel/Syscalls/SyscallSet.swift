import FVMWasm

/// The syscalls a network's actors import, as Wasm host functions over the kernel: one binding
/// file per syscall family, each generic over the capability it needs.
public struct SyscallSet: Sendable {
    /// Which generation of the ABI: names, signatures and context records differ.
    enum Generation: Sendable { case v2, v3 }
    let generation: Generation

    /// FVM v2 (actors v9).
    public static let v2 = SyscallSet(generation: .v2)
    /// FVM v3 (actors v10).
    public static let v3 = SyscallSet(generation: .v3)

    /// The host-function table the engine links actors against, serving `DefaultKernel`.
    public func hostFunctions() -> HostFunctionTable { hostFunctions(for: DefaultKernel.self) }

    /// The host-function table for kernels of type `K`.
    func hostFunctions<K: SyscallKernel>(for kernel: K.Type) -> HostFunctionTable {
        var binder = SyscallBinder<K>(generation: generation)
        VMSyscalls.bind(&binder)
        NetworkSyscalls.bind(&binder)
        IPLDSyscalls.bind(&binder)
        SelfSyscalls.bind(&binder)
        ActorSyscalls.bind(&binder)
        CryptoSyscalls.bind(&binder)
        RandomnessSyscalls.bind(&binder)
        GasSyscalls.bind(&binder)
        SendSyscalls.bind(&binder)
        EventSyscalls.bind(&binder)
        DebugSyscalls.bind(&binder)
        return binder.table
    }
}
