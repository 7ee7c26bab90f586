import FVMShared
import IPLD

/// IPLD blocks of one invocation: open from the store, create, link (hash and store), read, stat.
/// Blocks are addressed by handles the kernel hands out; handle 0 means "no block".
public protocol IPLDBlockOps {
    /// Opens a block of the store; returns its handle, codec and size.
    func blockOpen(_ cid: CID) throws(ExecutionError) -> (id: UInt32, codec: UInt64, size: UInt32)
    /// Registers new block content; returns its handle.
    func blockCreate(codec: UInt64, data: [UInt8]) throws(ExecutionError) -> UInt32
    /// Hashes and stores a block; returns its CID.
    func blockLink(id: UInt32, hashCode: UInt64, hashLength: UInt32) throws(ExecutionError) -> CID
    /// Up to `length` bytes of a block from `offset`, and how many bytes remain past the window
    /// (negative when the window overran the block).
    func blockRead(id: UInt32, offset: UInt32, length: UInt32) throws(ExecutionError) -> (
        bytes: [UInt8], remaining: Int32
    )
    /// Codec and size of a block.
    func blockStat(id: UInt32) throws(ExecutionError) -> (codec: UInt64, size: UInt32)
}
