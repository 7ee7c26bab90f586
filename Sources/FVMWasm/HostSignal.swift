/// How a host function ends the current invocation.
public enum HostSignal: Error, Sendable, Equatable {
    /// `vm.exit` / `vm.abort`: the actor asked to stop with an exit code and optional return block.
    case exit(code: UInt32, returnBlock: UInt32, message: String)
    /// The kernel's gas tracker ran out of gas.
    case outOfGas
}
