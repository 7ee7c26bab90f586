import Actors
import BigInt
import FVMShared
import IPLD

/// The syscalls of one actor invocation (one call frame), grouped by family in extensions:
/// IPLD blocks, self, actors, sends, crypto, randomness, gas, network and message context,
/// events, debug. The Wasm bindings decode arguments from guest memory and call these.
public final class InvocationKernel {
    public let callManager: CallManager
    public let caller: UInt64
    public let receiver: UInt64
    public let method: UInt64
    public let valueReceived: BigInt
    public let readOnly: Bool
    public var blocks: BlockRegistry

    init(
        callManager: CallManager, caller: UInt64, receiver: UInt64, method: UInt64, valueReceived: BigInt,
        readOnly: Bool
    ) {
        self.callManager = callManager
        self.caller = caller
        self.receiver = receiver
        self.method = method
        self.valueReceived = valueReceived
        self.readOnly = readOnly
        blocks = BlockRegistry(allowedCodecs: callManager.machine.profile.rules.allowedBlockCodecs)
    }

    public var machine: Machine { callManager.machine }
    public var profile: NetworkProfile { callManager.machine.profile }
    var rules: ExecutionRules { profile.rules }
    public var prices: PriceList { profile.priceList }
    public var gas: GasTracker { callManager.gas }

    /// Charges gas; running out aborts the invocation.
    public func charge(_ charge: GasCharge) throws(ExecutionError) { try callManager.charge(charge) }

    func requireWritable(_ what: String) throws(ExecutionError) {
        if readOnly { throw .syscall(.readOnly, "\(what) in a read-only call") }
    }
}

// MARK: - IPLD blocks

extension InvocationKernel {
    /// Opens a block of the store; returns (handle, codec, size).
    public func blockOpen(_ cid: CID) throws(ExecutionError) -> (id: UInt32, codec: UInt64, size: UInt32) {
        try charge(prices.onBlockOpenBase())
        guard let data = machine.store.get(cid) else { throw .fatal(.missingBlock(cid)) }
        try charge(prices.onBlockOpenPerByte(length: data.count))
        let block = IPLDBlock(codec: cid.codec, data: data)
        let id = try blocks.put(block)
        return (id, block.codec, UInt32(data.count))
    }

    /// Registers new block content; returns its handle.
    public func blockCreate(codec: UInt64, data: [UInt8]) throws(ExecutionError) -> UInt32 {
        if let max = rules.maxBlockSize, data.count > max {
            throw .syscall(.limitExceeded, "block of \(data.count) bytes exceeds \(max)")
        }
        try charge(prices.onBlockCreate(length: data.count))
        return try blocks.put(IPLDBlock(codec: codec, data: data))
    }

    /// Hashes and stores a block; returns its CID.
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

    /// Copies up to `length` bytes of a block from `offset`; returns them and the i32 "remaining" value.
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

    /// Codec and size of a block.
    public func blockStat(id: UInt32) throws(ExecutionError) -> (codec: UInt64, size: UInt32) {
        try charge(prices.onBlockStat())
        let block = try blocks.get(id)
        return (block.codec, UInt32(block.data.count))
    }
}

// MARK: - Self

extension InvocationKernel {
    private func selfActor() throws(ExecutionError) -> ActorState? {
        try callManager.getActor(receiver)
    }

    /// The actor's state root.
    public func root() throws(ExecutionError) -> CID {
        guard let actor = try selfActor() else { throw .syscall(.illegalOperation, "actor deleted") }
        return actor.head
    }

    /// Replaces the actor's state root.
    public func setRoot(_ cid: CID) throws(ExecutionError) {
        try requireWritable("set_root")
        guard var actor = try selfActor() else { throw .syscall(.illegalOperation, "actor deleted") }
        actor.head = cid
        try callManager.setActor(receiver, actor)
    }

    /// The actor's balance (0 once deleted).
    public func currentBalance() throws(ExecutionError) -> BigInt {
        try charge(prices.onSelfBalance())
        return try selfActor()?.balance ?? 0
    }

    /// Deletes the actor, sending its balance to `beneficiary`.
    public func selfDestruct(beneficiary: Address) throws(ExecutionError) {
        try requireWritable("self_destruct")
        try charge(prices.onDeleteActor())
        let balance = try currentBalance()
        if !balance.isZero {
            guard let id = try callManager.resolve(beneficiary) else {
                throw .syscall(.notFound, "beneficiary \(beneficiary) not found")
            }
            if id == receiver { throw .syscall(.forbidden, "benefactor cannot be beneficiary") }
            try callManager.transfer(from: receiver, to: id, value: balance)
        }
        if try selfActor() != nil { try callManager.deleteActor(receiver) }
    }
}
