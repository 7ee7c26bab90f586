/// `gas`: actor-requested charges and (v3) the gas left.
enum GasSyscalls {
    static func bind<K: GasOps>(_ b: inout SyscallBinder<K>) {
        // v2 takes a signed amount (refunds are possible); v3 an unsigned one.
        let signedCharges = b.generation == .v2
        b.bind("gas", "charge", [.i32, .i32, .i64]) { c in
            let raw = try c.read(c.buffer())
            let amount = c.u64()
            guard let name = String(validating: raw, as: UTF8.self) else {
                throw ExecutionError.syscall(.illegalArgument, "charge name is not UTF-8")
            }
            let gas = signedCharges ? Int64(bitPattern: amount) : Int64(clamping: amount)
            try c.kernel.chargeGas(name: name, gas: gas)
        }
        if b.generation == .v3 {
            b.bind("gas", "available", [.i32], returning: UInt64.self) { c in c.kernel.gasAvailable() }
        }
    }
}
