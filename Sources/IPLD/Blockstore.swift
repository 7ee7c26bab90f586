/// A content-addressed block store.
public protocol Blockstore: AnyObject {
    /// The block's bytes, or nil when absent.
    func get(_ cid: CID) -> [UInt8]?
    /// Stores a block under a CID the caller computed.
    func put(_ cid: CID, _ data: [UInt8])
    func has(_ cid: CID) -> Bool
}

extension Blockstore {
    /// The block's bytes; an absent block is an error naming the CID.
    public func require(_ cid: CID) throws(IPLDError) -> [UInt8] {
        guard let data = get(cid) else { throw .blockNotFound(cid) }
        return data
    }

    /// Decodes a DAG-CBOR block.
    public func getValue(_ cid: CID) throws(IPLDError) -> IPLDValue { try DagCBOR.decode(try require(cid)) }

    /// Encodes, hashes (BLAKE2b-256, DAG-CBOR) and stores a value; returns its CID.
    @discardableResult
    public func putValue(_ value: IPLDValue) -> CID { putCBOR(DagCBOR.encode(value)) }

    /// Stores already-encoded DAG-CBOR bytes; returns their CID.
    @discardableResult
    public func putCBOR(_ bytes: [UInt8]) -> CID {
        let cid = CID(
            codec: CID.Codec.dagCBOR, hash: Multihash(code: Multihash.Code.blake2b_256, digest: Blake2b.hash256(bytes)))
        put(cid, bytes)
        return cid
    }
}

/// Blocks in memory. Not synchronised: one per task, or read-only once shared.
public final class MemoryBlockstore: Blockstore, @unchecked Sendable {
    public private(set) var blocks: [CID: [UInt8]]

    public init(blocks: [CID: [UInt8]] = [:]) { self.blocks = blocks }

    public func get(_ cid: CID) -> [UInt8]? { blocks[cid] }
    public func put(_ cid: CID, _ data: [UInt8]) { blocks[cid] = data }
    public func has(_ cid: CID) -> Bool { blocks[cid] != nil }
    public var count: Int { blocks.count }
}

/// An overlay: reads fall through to `base`; writes stay in `buffer`, so the base store (a
/// vector's blocks) is never changed by executing a message.
public final class BufferedBlockstore: Blockstore, @unchecked Sendable {
    public let base: Blockstore
    public private(set) var buffer: [CID: [UInt8]] = [:]

    public init(base: Blockstore) { self.base = base }

    public func get(_ cid: CID) -> [UInt8]? { buffer[cid] ?? base.get(cid) }
    public func put(_ cid: CID, _ data: [UInt8]) { buffer[cid] = data }
    public func has(_ cid: CID) -> Bool { buffer[cid] != nil || base.has(cid) }
}

/// A read-only view that layers a private store over a shared immutable one (bundle code
/// shared across tasks, vector blocks private to one).
public final class LayeredBlockstore: Blockstore, @unchecked Sendable {
    public let shared: Blockstore
    public let local: MemoryBlockstore

    public init(shared: Blockstore, local: MemoryBlockstore = MemoryBlockstore()) {
        self.shared = shared
        self.local = local
    }

    public func get(_ cid: CID) -> [UInt8]? { local.get(cid) ?? shared.get(cid) }
    public func put(_ cid: CID, _ data: [UInt8]) { local.put(cid, data) }
    public func has(_ cid: CID) -> Bool { local.has(cid) || shared.has(cid) }
}
