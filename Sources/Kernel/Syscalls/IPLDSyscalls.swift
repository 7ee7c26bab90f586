/// `ipld`: blocks by handle.
enum IPLDSyscalls {
    /// `ipld.block_open`.
    struct BlockOpenReturn: SyscallReturn {
        var codec: UInt64
        var id: UInt32
        var size: UInt32
        static let size = UInt64.size + UInt32.size + UInt32.size

        func encode(into encoder: inout ReturnEncoder) {
            encoder.integer(codec)
            encoder.integer(id)
            encoder.integer(size)
        }
    }

    /// `ipld.block_stat`.
    struct BlockStatReturn: SyscallReturn {
        var codec: UInt64
        var size: UInt32
        static let size = UInt64.size + UInt32.size

        func encode(into encoder: inout ReturnEncoder) {
            encoder.integer(codec)
            encoder.integer(size)
        }
    }

    static func bind<K: IPLDBlockOps>(_ b: inout SyscallBinder<K>) {
        b.bind("ipld", "block_open", [.i32, .i32], returning: BlockOpenReturn.self) { c in
            let cid = try c.readCID(at: c.u32())
            let opened = try c.kernel.blockOpen(cid)
            return BlockOpenReturn(codec: opened.codec, id: opened.id, size: opened.size)
        }
        b.bind("ipld", "block_create", [.i32, .i64, .i32, .i32], returning: UInt32.self) { c in
            let codec = c.u64()
            let data = try c.read(c.buffer())
            return try c.kernel.blockCreate(codec: codec, data: data)
        }
        b.bind("ipld", "block_read", [.i32, .i32, .i32, .i32, .i32], returning: Int32.self) { c in
            let id = c.u32()
            let offset = c.u32()
            let destination = c.buffer()
            try c.check(destination)
            let read = try c.kernel.blockRead(id: id, offset: offset, length: destination.length)
            try c.write(read.bytes, at: destination.offset)
            return read.remaining
        }
        b.bind("ipld", "block_stat", [.i32, .i32], returning: BlockStatReturn.self) { c in
            let stat = try c.kernel.blockStat(id: c.u32())
            return BlockStatReturn(codec: stat.codec, size: stat.size)
        }
        b.bind("ipld", "block_link", [.i32, .i32, .i64, .i32, .i32, .i32], returning: UInt32.self) { c in
            let id = c.u32()
            let hashCode = c.u64()
            let hashLength = c.u32()
            let cidBuffer = c.buffer()
            try c.check(cidBuffer)
            let cid = try c.kernel.blockLink(id: id, hashCode: hashCode, hashLength: hashLength)
            return try c.writeCID(cid, into: cidBuffer)
        }
    }
}
