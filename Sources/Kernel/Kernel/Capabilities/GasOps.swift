/// Gas: charges the kernel makes, charges the actor asks for, and what is left.
public protocol GasOps {
    /// Charges gas; running out aborts the invocation.
    func charge(_ charge: GasCharge) throws(ExecutionError)
    /// The flat charge every syscall pays before it runs.
    func chargeSyscall() throws(ExecutionError)
    /// Actor-requested charge of `gas` whole gas (negative only in v2).
    func chargeGas(name: String, gas amount: Int64) throws(ExecutionError)
    /// Whole gas left (rounded down).
    func gasAvailable() -> UInt64
}
