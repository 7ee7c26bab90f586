import BigInt
import FVMShared
import IPLD
import Kernel

extension FEVMScenario {
    /// Calls the contract (or account) at `to` with `calldata`, as an Ethereum transaction does:
    /// `InvokeContract` with the calldata as one CBOR byte string.
    public func invoke(
        from: EthAddress, to: EthAddress, calldata: [UInt8], value: BigInt = 0,
        gasLimit: Int64 = FEVMScenario.defaultGasLimit
    ) throws(FEVMError) -> FEVMReceipt {
        try apply(
            from: from, to: to.filecoinAddress, method: Method.invokeContract, params: Self.byteString(calldata),
            value: value, gasLimit: gasLimit)
    }

    /// Deploys `initcode` through the EAM (`CreateExternal`), as a contract-creation transaction.
    public func createExternal(
        from: EthAddress, initcode: [UInt8], value: BigInt = 0, gasLimit: Int64 = FEVMScenario.defaultGasLimit
    ) throws(FEVMError) -> FEVMReceipt {
        try apply(
            from: from, to: Address(id: 10), method: Method.eamCreateExternal, params: Self.byteString(initcode),
            value: value, gasLimit: gasLimit)
    }

    /// A bare value transfer (method 0) to any Ethereum address.
    public func send(
        from: EthAddress, to: EthAddress, value: BigInt, gasLimit: Int64 = FEVMScenario.defaultGasLimit
    ) throws(FEVMError) -> FEVMReceipt {
        try apply(from: from, to: to.filecoinAddress, method: Method.send, params: [], value: value, gasLimit: gasLimit)
    }

    /// Applies one message from the sender's f410 address with its current nonce; the fee cap is
    /// the base fee, so the sender pays `gasLimit × baseFee` up front and gets the rest back.
    public func apply(
        from: EthAddress, to: Address, method: UInt64, params: [UInt8], value: BigInt, gasLimit: Int64
    ) throws(FEVMError) -> FEVMReceipt {
        let sender = try actor(at: from)
        let message = Message(
            version: 0, to: to, from: from.filecoinAddress, sequence: sender.nonce, value: value,
            gasLimit: gasLimit, gasFeeCap: machine.context.baseFee, gasPremium: 0, method: method, params: params)
        let length: Int
        do {
            length = try message.encode().count
        } catch {
            throw .messageNotApplied("cannot encode the message: \(error)")
        }
        let applied: ApplyResult
        do {
            applied = try Executor(machine: machine).executeExplicit(message, rawLength: length)
        } catch {
            throw .messageNotApplied(error.description)
        }
        return FEVMReceipt(
            exitCode: applied.receipt.exitCode, returnData: applied.receipt.returnData,
            gasUsed: applied.receipt.gasUsed, failureInfo: applied.failureInfo, eventsRoot: applied.receipt.eventsRoot,
            events: applied.events.map { FEVMEvent(emitter: $0.emitter, encodedEntries: $0.encodedEntries) })
    }

    static func byteString(_ bytes: [UInt8]) -> [UInt8] {
        var w = CBORWriter(capacity: bytes.count + 9)
        w.writeBytes(bytes)
        return w.bytes
    }
}
