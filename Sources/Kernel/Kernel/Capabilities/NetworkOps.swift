import IPLD

/// The network the message runs in: epoch, time, fees, supply, version, past tipsets.
public protocol NetworkOps {
    /// The network context, charged (v3).
    func networkContext() throws(ExecutionError) -> MachineContext
    /// The network context without a charge (v2 reads it as part of other syscalls).
    var machineContext: MachineContext { get }
    /// The network version number.
    var networkVersion: UInt32 { get }
    /// The CID of the tipset at `epoch`, which must be one of the 899 before the current one.
    func tipsetCID(epoch: Int64) throws(ExecutionError) -> CID
}
