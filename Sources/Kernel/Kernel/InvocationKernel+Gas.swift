extension InvocationKernel: GasOps {
    public func charge(_ charge: GasCharge) throws(ExecutionError) { try callManager.charge(charge) }

    public func chargeSyscall() throws(ExecutionError) { try charge(prices.onSyscall()) }

    public func chargeGas(name: String, gas amount: Int64) throws(ExecutionError) {
        try charge(GasCharge(name: name, compute: prices.arithmetic.gas(wholeGas: amount)))
    }

    public func gasAvailable() -> UInt64 { UInt64(clamping: gas.available.roundedDown) }
}
