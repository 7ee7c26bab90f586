import Hashing

/// A HAMT in the go-hamt-ipld v3 / fvm_ipld_hamt layout, loaded lazily so partial trees work.
///
/// Keys are raw bytes hashed with SHA-256; values are kept as encoded DAG-CBOR so that any
/// value type round-trips byte for byte. Only nodes on the paths actually visited are loaded:
/// the vectors' state trees reference far more nodes than their CARs contain.
public final class HAMT {
    public let bitWidth: Int
    public let bucketSize: Int
    public let store: Blockstore
    private var root: HAMTNode
    private var rootCID: CID?

    /// An empty HAMT.
    public init(store: Blockstore, bitWidth: Int = 5, bucketSize: Int = 3) {
        self.store = store
        self.bitWidth = bitWidth
        self.bucketSize = bucketSize
        root = HAMTNode()
        root.dirty = true
    }

    /// Opens the HAMT rooted at `cid` (the root node is read now, the rest on demand).
    public init(root cid: CID, store: Blockstore, bitWidth: Int = 5, bucketSize: Int = 3) throws(IPLDError) {
        self.store = store
        self.bitWidth = bitWidth
        self.bucketSize = bucketSize
        root = try HAMTNode.load(cid, from: store, bitWidth: bitWidth)
        rootCID = cid
    }

    /// The encoded value stored under `key`, or nil.
    public func get(_ key: [UInt8]) throws(IPLDError) -> [UInt8]? {
        let digest = SHA256.hash(key)
        var node = root
        var depth = 0
        while true {
            let slot = try hashSlot(digest, depth)
            guard let index = node.pointerIndex(slot) else { return nil }
            switch node.pointers[index] {
            case .bucket(let entries):
                return entries.first { $0.key == key }?.value
            case .link:
                node = try node.child(at: index, store: store, bitWidth: bitWidth)
                depth += 1
            }
        }
    }

    /// Stores `value` (encoded DAG-CBOR) under `key`; returns false when it was already there.
    @discardableResult
    public func set(_ key: [UInt8], _ value: [UInt8]) throws(IPLDError) -> Bool {
        let changed = try insert(HAMTEntry(key: key, value: value), into: root, digest: SHA256.hash(key), depth: 0)
        if changed { rootCID = nil }
        return changed
    }

    /// Removes `key`; returns whether it existed.
    @discardableResult
    public func delete(_ key: [UInt8]) throws(IPLDError) -> Bool {
        let removed = try remove(key, from: root, digest: SHA256.hash(key), depth: 0)
        if removed { rootCID = nil }
        return removed
    }

    /// Writes every modified node to the store and returns the root CID.
    public func flush() throws(IPLDError) -> CID {
        if let rootCID, !root.dirty { return rootCID }
        let cid = try root.flush(to: store)
        rootCID = cid
        return cid
    }

    /// Visits every entry in canonical order; fails on the first absent node, naming it.
    public func forEach(_ body: ([UInt8], [UInt8]) throws -> Void) throws {
        try root.forEach(store: store, bitWidth: bitWidth, body)
    }

    // MARK: - Algorithm

    private func hashSlot(_ digest: [UInt8], _ depth: Int) throws(IPLDError) -> Int {
        let start = depth * bitWidth
        guard start < digest.count * 8 else { throw .invalidHAMT("ran out of hash bits at depth \(depth)") }
        let width = min(bitWidth, digest.count * 8 - start)
        var value = 0
        for bit in start..<(start + width) {
            value = (value << 1) | Int((digest[bit / 8] >> (7 - UInt8(bit % 8))) & 1)
        }
        return value
    }

    private func insert(_ entry: HAMTEntry, into node: HAMTNode, digest: [UInt8], depth: Int) throws(IPLDError) -> Bool
    {
        let slot = try hashSlot(digest, depth)
        guard let index = node.pointerIndex(slot) else {
            node.insertPointer(.bucket([entry]), slot: slot)
            node.dirty = true
            return true
        }
        switch node.pointers[index] {
        case .link:
            let child = try node.child(at: index, store: store, bitWidth: bitWidth)
            let changed = try insert(entry, into: child, digest: digest, depth: depth + 1)
            if changed { node.dirty = true }
            return changed
        case .bucket(var entries):
            if let i = entries.firstIndex(where: { $0.key == entry.key }) {
                if entries[i].value == entry.value { return false }
                entries[i] = entry
                node.pointers[index] = .bucket(entries)
                node.dirty = true
                return true
            }
            if entries.count < bucketSize {
                let at = entries.firstIndex { entry.key.lexicographicallyPrecedes($0.key) } ?? entries.count
                entries.insert(entry, at: at)
                node.pointers[index] = .bucket(entries)
                node.dirty = true
                return true
            }
            // Full bucket: push it and the new entry one level down.
            let child = HAMTNode()
            child.dirty = true
            _ = try insert(entry, into: child, digest: digest, depth: depth + 1)
            for old in entries {
                _ = try insert(old, into: child, digest: SHA256.hash(old.key), depth: depth + 1)
            }
            node.pointers[index] = .link(HAMTLink(cid: nil, node: child))
            node.dirty = true
            return true
        }
    }

    private func remove(_ key: [UInt8], from node: HAMTNode, digest: [UInt8], depth: Int) throws(IPLDError) -> Bool {
        let slot = try hashSlot(digest, depth)
        guard let index = node.pointerIndex(slot) else { return false }
        switch node.pointers[index] {
        case .bucket(var entries):
            guard let i = entries.firstIndex(where: { $0.key == key }) else { return false }
            entries.remove(at: i)
            if entries.isEmpty { node.removePointer(slot: slot) } else { node.pointers[index] = .bucket(entries) }
            node.dirty = true
            return true
        case .link:
            let child = try node.child(at: index, store: store, bitWidth: bitWidth)
            guard try remove(key, from: child, digest: digest, depth: depth + 1) else { return false }
            node.dirty = true
            try collapse(child: child, at: index, in: node)
            return true
        }
    }

    /// Keeps the tree canonical: a child that can be expressed as one bucket becomes one.
    private func collapse(child: HAMTNode, at index: Int, in node: HAMTNode) throws(IPLDError) {
        switch child.pointers.count {
        case 0:
            throw .invalidHAMT("child node left without pointers")
        case 1:
            if case .bucket = child.pointers[0] { node.pointers[index] = child.pointers[0] }
        case 2...bucketSize:
            var merged: [HAMTEntry] = []
            for p in child.pointers {
                guard case .bucket(let entries) = p else { return }
                merged.append(contentsOf: entries)
                if merged.count > bucketSize { return }
            }
            merged.sort { $0.key.lexicographicallyPrecedes($1.key) }
            node.pointers[index] = .bucket(merged)
        default:
            break
        }
    }
}

/// One key/value pair in a bucket (the value is encoded DAG-CBOR).
struct HAMTEntry {
    var key: [UInt8]
    var value: [UInt8]
}

/// A link to a child node: its CID while clean, the node itself once loaded.
final class HAMTLink {
    var cid: CID?
    var node: HAMTNode?
    init(cid: CID?, node: HAMTNode?) {
        self.cid = cid
        self.node = node
    }
}

enum HAMTPointer {
    case link(HAMTLink)
    case bucket([HAMTEntry])
}

final class HAMTNode {
    /// Occupied slots, bit i of word i/64.
    var bitmap: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var pointers: [HAMTPointer] = []
    var dirty = false

    private func word(_ i: Int) -> UInt64 {
        switch i {
        case 0: bitmap.0;
        case 1: bitmap.1;
        case 2: bitmap.2;
        default: bitmap.3
        }
    }

    private func setWord(_ i: Int, _ v: UInt64) {
        switch i {
        case 0: bitmap.0 = v;
        case 1: bitmap.1 = v;
        case 2: bitmap.2 = v;
        default: bitmap.3 = v
        }
    }

    /// Position in `pointers` of slot `slot`, or nil when the slot is empty.
    func pointerIndex(_ slot: Int) -> Int? {
        let w = slot / 64, b = UInt64(slot % 64)
        guard (word(w) >> b) & 1 == 1 else { return nil }
        return rank(slot)
    }

    /// Number of occupied slots below `slot`.
    private func rank(_ slot: Int) -> Int {
        let w = slot / 64, b = slot % 64
        var count = 0
        for i in 0..<w { count += word(i).nonzeroBitCount }
        let mask: UInt64 = b == 0 ? 0 : (UInt64.max >> UInt64(64 - b))
        return count + (word(w) & mask).nonzeroBitCount
    }

    func insertPointer(_ p: HAMTPointer, slot: Int) {
        let index = rank(slot)
        setWord(slot / 64, word(slot / 64) | (1 << UInt64(slot % 64)))
        pointers.insert(p, at: index)
    }

    func removePointer(slot: Int) {
        let index = rank(slot)
        setWord(slot / 64, word(slot / 64) & ~(1 << UInt64(slot % 64)))
        pointers.remove(at: index)
    }

    /// The child behind link `index`, loaded on first use.
    func child(at index: Int, store: Blockstore, bitWidth: Int) throws(IPLDError) -> HAMTNode {
        guard case .link(let link) = pointers[index] else { throw .invalidHAMT("pointer is not a link") }
        if let node = link.node { return node }
        guard let cid = link.cid else { throw .invalidHAMT("link without CID or node") }
        let node = try HAMTNode.load(cid, from: store, bitWidth: bitWidth)
        link.node = node
        return node
    }

    static func load(_ cid: CID, from store: Blockstore, bitWidth: Int) throws(IPLDError) -> HAMTNode {
        let bytes = try store.require(cid)
        do {
            return try decode(bytes, bitWidth: bitWidth)
        } catch let error {
            throw .invalidHAMT("node \(cid): \(error)")
        }
    }

    static func decode(_ bytes: [UInt8], bitWidth: Int) throws(IPLDError) -> HAMTNode {
        var r = CBORReader(bytes)
        try r.readTupleHeader(2, "HAMT node")
        let bits = try r.readBytes()
        guard bits.count <= 32 else { throw .invalidHAMT("bitfield longer than 256 bits") }
        let node = HAMTNode()
        for (i, byte) in bits.reversed().enumerated() where byte != 0 {
            for bit in 0..<8 where (byte >> UInt8(bit)) & 1 == 1 {
                let slot = i * 8 + bit
                guard slot < (1 << bitWidth) else { throw .invalidHAMT("bitfield has slot \(slot) beyond width") }
                node.setWord(slot / 64, node.word(slot / 64) | (1 << UInt64(slot % 64)))
            }
        }
        let count = try r.readArrayHeader()
        let occupied =
            node.bitmap.0.nonzeroBitCount + node.bitmap.1.nonzeroBitCount + node.bitmap.2.nonzeroBitCount
            + node.bitmap.3.nonzeroBitCount
        guard count == occupied else { throw .invalidHAMT("\(count) pointers for \(occupied) bitfield bits") }
        node.pointers.reserveCapacity(count)
        for _ in 0..<count {
            let major = try r.peekMajor()
            if major == 6 {
                node.pointers.append(.link(HAMTLink(cid: try r.readCID(), node: nil)))
            } else {
                let n = try r.readArrayHeader()
                guard n > 0 else { throw .invalidHAMT("empty bucket") }
                var entries: [HAMTEntry] = []
                for _ in 0..<n {
                    try r.readTupleHeader(2, "HAMT entry")
                    let key = try r.readBytes()
                    let start = r.offset
                    try r.skipValue()
                    entries.append(HAMTEntry(key: key, value: Array(bytes[start..<r.offset])))
                }
                node.pointers.append(.bucket(entries))
            }
        }
        guard r.isAtEnd else { throw .invalidHAMT("trailing bytes") }
        return node
    }

    func encode() throws(IPLDError) -> [UInt8] {
        var w = CBORWriter(capacity: 256)
        w.writeArrayHeader(2)
        var bits: [UInt8] = []
        for v in [bitmap.3, bitmap.2, bitmap.1, bitmap.0] {
            for s in stride(from: 56, through: 0, by: -8) { bits.append(UInt8((v >> UInt64(s)) & 0xff)) }
        }
        let firstNonZero = bits.firstIndex { $0 != 0 } ?? bits.count
        w.writeBytes(bits[firstNonZero...])
        w.writeArrayHeader(pointers.count)
        for p in pointers {
            switch p {
            case .link(let link):
                guard let cid = link.cid else { throw .invalidHAMT("encoding a node with an unflushed child") }
                w.writeCID(cid)
            case .bucket(let entries):
                w.writeArrayHeader(entries.count)
                for e in entries {
                    w.writeArrayHeader(2)
                    w.writeBytes(e.key)
                    w.writeRaw(e.value)
                }
            }
        }
        return w.bytes
    }

    /// Stores dirty descendants first, then this node; returns this node's CID.
    func flush(to store: Blockstore) throws(IPLDError) -> CID {
        for p in pointers {
            if case .link(let link) = p, let child = link.node, child.dirty {
                link.cid = try child.flush(to: store)
            }
        }
        dirty = false
        return store.putCBOR(try encode())
    }

    func forEach(store: Blockstore, bitWidth: Int, _ body: ([UInt8], [UInt8]) throws -> Void) throws {
        for i in pointers.indices {
            switch pointers[i] {
            case .bucket(let entries): for e in entries { try body(e.key, e.value) }
            case .link:
                try child(at: i, store: store, bitWidth: bitWidth).forEach(store: store, bitWidth: bitWidth, body)
            }
        }
    }
}
