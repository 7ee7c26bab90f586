/// `network`: base fee and circulating supply, the v3 network context, past tipsets.
enum NetworkSyscalls {
    /// v3 `network.context`.
    struct NetworkContextReturn: SyscallReturn {
        var epoch: Int64
        var timestamp: UInt64
        var baseFee: TokenAmountReturn
        var chainID: UInt64
        var networkVersion: UInt32
        static let size = Int64.size + UInt64.size + TokenAmountReturn.size + UInt64.size + UInt32.size

        func encode(into encoder: inout ReturnEncoder) {
            encoder.integer(epoch)
            encoder.integer(timestamp)
            encoder.record(baseFee)
            encoder.integer(chainID)
            encoder.integer(networkVersion)
        }
    }

    static func bind<K: NetworkOps>(_ b: inout SyscallBinder<K>) {
        switch b.generation {
        case .v2:
            b.bind("network", "base_fee", [.i32], returning: TokenAmountReturn.self) { c in
                try TokenAmountReturn(c.kernel.machineContext.baseFee)
            }
        case .v3:
            b.bind("network", "context", [.i32], returning: NetworkContextReturn.self) { c in
                let context = try c.kernel.networkContext()
                return NetworkContextReturn(
                    epoch: context.epoch, timestamp: context.timestamp, baseFee: try TokenAmountReturn(context.baseFee),
                    chainID: context.chainID, networkVersion: c.kernel.networkVersion)
            }
            b.bind("network", "tipset_cid", [.i32, .i64, .i32, .i32], returning: UInt32.self) { c in
                let epoch = c.i64()
                let cidBuffer = c.buffer()
                try c.check(cidBuffer)
                return try c.writeCID(try c.kernel.tipsetCID(epoch: epoch), into: cidBuffer)
            }
        }
        b.bind("network", "total_fil_circ_supply", [.i32], returning: TokenAmountReturn.self) { c in
            try TokenAmountReturn(c.kernel.machineContext.circulatingSupply)
        }
    }
}
