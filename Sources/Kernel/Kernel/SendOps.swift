import BigInt
import FVMShared
import IPLD

extension InvocationKernel {
    /// What a send syscall returns to the calling actor.
    public struct SendReturn: Sendable {
        public var exitCode: ExitCode
        public var returnID: UInt32
        public var returnCodec: UInt64
        public var returnSize: UInt32
    }

    /// Sends a message from this actor inside its own transaction.
    public func send(to: Address, method: UInt64, paramsID: UInt32, value: BigInt, gasLimit: Gas?, readOnlyFlag: Bool)
        throws(ExecutionError) -> SendReturn
    {
        let readOnly = readOnly || readOnlyFlag
        if readOnly && !value.isZero { throw .syscall(.readOnly, "cannot transfer value in a read-only call") }
        let params: IPLDBlock? = paramsID == 0 ? nil : try blocks.get(paramsID)
        let cm = callManager
        let result = try cm.withTransaction { () throws(ExecutionError) -> InvocationResult in
            try cm.send(
                from: receiver, to: to, method: method, params: params, value: value, gasLimit: gasLimit,
                readOnly: readOnly)
        }
        guard let value = result.value else {
            return SendReturn(exitCode: result.exitCode, returnID: 0, returnCodec: 0, returnSize: 0)
        }
        let id = try blocks.put(value)
        return SendReturn(
            exitCode: result.exitCode, returnID: id, returnCodec: value.codec, returnSize: UInt32(value.data.count))
    }
}
