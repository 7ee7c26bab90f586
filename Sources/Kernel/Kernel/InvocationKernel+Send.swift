import BigInt
import FVMShared
import IPLD

extension InvocationKernel: SendOps {
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
