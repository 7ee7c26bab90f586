import IPLD

extension InvocationKernel: NetworkOps {
    public func networkContext() throws(ExecutionError) -> MachineContext {
        try charge(prices.onNetworkContext())
        return machine.context
    }

    public var machineContext: MachineContext { machine.context }

    public var networkVersion: UInt32 { profile.networkVersion.rawValue }

    public func tipsetCID(epoch: Int64) throws(ExecutionError) -> CID {
        let offset = machine.context.epoch - epoch
        guard epoch >= 0, offset > 0, offset < 900 else {
            throw .syscall(.illegalArgument, "epoch \(epoch) out of range")
        }
        try charge(prices.onTipsetCID(lookback: offset > 1))
        return try askExterns { () throws(ExternError) in try machine.externs.tipsetCID(epoch: epoch) }
    }
}
