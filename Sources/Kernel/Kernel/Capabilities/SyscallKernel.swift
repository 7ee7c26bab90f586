/// Everything an actor can ask of the VM, one capability protocol per syscall family. The Wasm
/// bindings are generic over it, so any type that provides every family can serve an actor.
public typealias SyscallKernel = IPLDBlockOps & SelfOps & ActorOps & SendOps & GasOps & CryptoOps & RandomnessOps
    & NetworkOps & MessageOps & EventOps & DebugOps

/// The kernel the call manager gives each invocation.
public typealias DefaultKernel = InvocationKernel<CallManager>
