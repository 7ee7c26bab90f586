import FVMShared
import IPLD

extension InvocationKernel: IPLDBlockOps {
    public func blockOpen(_ cid: CID) throws(ExecutionError) -> (id: UInt32, codec: UInt64, size: UInt32) {
        try charge(prices.onBlockOpenBase())
        guard let data = machine.store.get(cid) else { throw .fatal(.missingBlock(cid)) }
        try charge(prices.onBlockOpenPerByte(length: data.count))
        let block = IPLDBlock(codec: cid.codec, data: data)
        let id = try blocks.put(block)
        return (id, block.codec, UInt32(data.count))
    }

    public func blockCreate(codec: UInt64, data: [UInt8]) throws(ExecutionError) -> UInt32 {
        if let max = rules.maxBlockSize, data.count > max {
            throw .syscall(.limitExceeded, "block of \(data.count) bytes exceeds \(max)")
        }
        try charge(prices.onBlockCreate(length: data.count))
        return try blocks.put(IPLDBlock(codec: codec, data: data))
    }

    public func blockLink(id: UInt32, hashCode: UInt64, hashLength: UInt32) throws(ExecutionError) -> CID {
        guard hashCode == Multihash.Code.blake2b_256, hashLength == 32 else {
            throw .syscall(.illegalCid, "only 32-byte BLAKE2b-256 links are supported")
        }
        let block = try blocks.get(id)
        try charge(prices.onBlockLink(hashCode: hashCode, length: block.data.count))
        let cid = CID(codec: block.codec, hash: Multihash(code: hashCode, digest: Blake2b.hash256(block.data)))
        machine.store.put(cid, block.data)
        return cid
    }

    public func blockRead(id: UInt32, offset: UInt32, length: UInt32) throws(ExecutionError) -> (
        bytes: [UInt8], remaining: Int32
    ) {
        guard UInt64(offset) + UInt64(length) <= UInt64(Int32.max) else {
            throw .syscall(.illegalArgument, "offset + length overflows i32")
        }
        let block = try blocks.get(id)
        let size = block.data.count
        let start = min(Int(offset), size)
        let n = min(max(0, size - Int(offset)), Int(length))
        try charge(prices.onBlockRead(length: n))
        let remaining = Int64(size) - (Int64(offset) + Int64(length))
        return (Array(block.data[start..<(start + n)]), Int32(clamping: remaining))
    }

    public func blockStat(id: UInt32) throws(ExecutionError) -> (codec: UInt64, size: UInt32) {
        try charge(prices.onBlockStat())
        let block = try blocks.get(id)
        return (block.codec, UInt32(block.data.count))
    }
}
