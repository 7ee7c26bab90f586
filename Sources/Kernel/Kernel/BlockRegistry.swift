import FVMShared

/// The blocks an invocation can see, by handle; handle 0 means "no block".
public struct BlockRegistry: Sendable {
    private var blocks: [IPLDBlock] = []
    private let allowedCodecs: Set<UInt64>
    /// Upstream caps handles at i32::MAX.
    static let capacity = Int(Int32.max)

    public init(allowedCodecs: Set<UInt64>) { self.allowedCodecs = allowedCodecs }

    /// Adds a block and returns its handle (from 1).
    public mutating func put(_ block: IPLDBlock) throws(ExecutionError) -> UInt32 {
        guard allowedCodecs.contains(block.codec) else {
            throw .syscall(.illegalCodec, "codec 0x\(String(block.codec, radix: 16)) is not allowed")
        }
        guard blocks.count < Self.capacity else { throw .syscall(.limitExceeded, "too many blocks") }
        blocks.append(block)
        return UInt32(blocks.count)
    }

    /// The block behind a handle.
    public func get(_ id: UInt32) throws(ExecutionError) -> IPLDBlock {
        guard id >= 1, Int(id) <= blocks.count else { throw .syscall(.invalidHandle, "no block with handle \(id)") }
        return blocks[Int(id) - 1]
    }

    public func contains(_ id: UInt32) -> Bool { id >= 1 && Int(id) <= blocks.count }
}
