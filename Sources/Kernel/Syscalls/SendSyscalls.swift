import BigInt
import WasmRuntime

/// `send`: a message to another actor.
enum SendSyscalls {
    /// v3: the gas limit that means "no limit of its own".
    static let noGasLimit = UInt64.max
    /// v3 send flag bit 0: the callee runs read-only.
    static let readOnlyFlag: UInt64 = 1

    static func bind<K: SendOps>(_ b: inout SyscallBinder<K>) {
        switch b.generation {
        case .v2:
            b.bind("send", "send", [.i32, .i32, .i32, .i64, .i32, .i64, .i64], returning: SendReturn.self) { c in
                let to = try c.readAddress(c.buffer())
                let method = c.u64()
                let params = c.u32()
                let value = tokenAmount(hi: c.u64(), lo: c.u64())
                return try c.kernel.send(
                    to: to, method: method, paramsID: params, value: value, gasLimit: nil, readOnlyFlag: false)
            }
        case .v3:
            let params: [ValueType] = [.i32, .i32, .i32, .i64, .i32, .i64, .i64, .i64, .i64]
            b.bind("send", "send", params, returning: SendReturn.self) { c in
                let to = try c.readAddress(c.buffer())
                let method = c.u64()
                let params = c.u32()
                let value = tokenAmount(hi: c.u64(), lo: c.u64())
                let gasLimit = c.u64()
                let flags = c.u64()
                guard flags & ~readOnlyFlag == 0 else {
                    throw ExecutionError.syscall(.illegalArgument, "unknown send flags \(flags)")
                }
                return try c.kernel.send(
                    to: to, method: method, paramsID: params, value: value,
                    gasLimit: gasLimit == noGasLimit ? nil : Gas(wholeGas: gasLimit),
                    readOnlyFlag: flags & readOnlyFlag != 0)
            }
        }
    }

    /// A u128 token amount passed as two u64 arguments.
    static func tokenAmount(hi: UInt64, lo: UInt64) -> BigInt { (BigInt(hi) << 64) + BigInt(lo) }
}

/// `send.send`'s record.
extension SendReturn: SyscallReturn {
    static let size = UInt32.size + UInt32.size + UInt64.size + UInt32.size

    func encode(into encoder: inout ReturnEncoder) {
        encoder.integer(exitCode.rawValue)
        encoder.integer(returnID)
        encoder.integer(returnCodec)
        encoder.integer(returnSize)
    }
}
