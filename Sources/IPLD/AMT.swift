/// An AMT in the fvm_ipld_amt v3 layout (root `[bitWidth, height, count, node]`), used for
/// nv18 event lists. Values are kept as encoded DAG-CBOR; nodes load lazily.
public final class AMT {
    public let bitWidth: Int
    public let store: Blockstore
    public private(set) var height: Int
    public private(set) var count: UInt64
    private var root: AMTNode
    /// Indexes beyond this are rejected, as upstream does, to keep heights bounded.
    public static let maxIndex: UInt64 = UInt64.max - 1
    private var width: UInt64 { 1 << UInt64(bitWidth) }

    /// An empty AMT.
    public init(store: Blockstore, bitWidth: Int = 5) {
        self.store = store
        self.bitWidth = bitWidth
        height = 0
        count = 0
        root = AMTNode(width: 1 << bitWidth, leaf: true)
    }

    /// Opens the AMT whose root block is `cid`.
    public init(root cid: CID, store: Blockstore) throws(IPLDError) {
        self.store = store
        var r = CBORReader(try store.require(cid))
        try r.readTupleHeader(4, "AMT root")
        let bw = try r.readUInt()
        guard (1...8).contains(bw) else { throw .invalidAMT("bit width \(bw) out of range") }
        bitWidth = Int(bw)
        let h = try r.readUInt()
        guard h <= 64 else { throw .invalidAMT("height \(h) too large") }
        height = Int(h)
        count = try r.readUInt()
        root = try AMTNode.read(&r, width: 1 << Int(bw), leaf: h == 0)
        guard r.isAtEnd else { throw .invalidAMT("trailing bytes in root") }
    }

    /// Builds an AMT from values at indexes 0..<n and returns it.
    public static func build(values: [[UInt8]], store: Blockstore, bitWidth: Int = 5) throws(IPLDError) -> AMT {
        let amt = AMT(store: store, bitWidth: bitWidth)
        for (i, v) in values.enumerated() { try amt.set(UInt64(i), v) }
        return amt
    }

    /// Slots covered by a tree of `levels` levels (saturating).
    private func capacity(levels: Int) -> UInt64 {
        let bits = bitWidth * levels
        return bits >= 64 ? UInt64.max : (1 << UInt64(bits))
    }

    /// The encoded value at index `i`, or nil.
    public func get(_ i: UInt64) throws(IPLDError) -> [UInt8]? {
        guard i <= Self.maxIndex else { throw .invalidAMT("index \(i) out of range") }
        guard i < capacity(levels: height + 1) else { return nil }
        var node = root
        var h = height
        var index = i
        while h > 0 {
            let span = capacity(levels: h)
            let slot = Int(index / span)
            index %= span
            guard let child = try node.child(slot, store: store, leaf: h == 1) else { return nil }
            node = child
            h -= 1
        }
        return node.values[Int(index)]
    }

    /// Stores `value` (encoded DAG-CBOR) at index `i`.
    public func set(_ i: UInt64, _ value: [UInt8]) throws(IPLDError) {
        guard i <= Self.maxIndex else { throw .invalidAMT("index \(i) out of range") }
        while i >= capacity(levels: height + 1) {
            let newRoot = AMTNode(width: Int(width), leaf: false)
            if !root.isEmpty {
                newRoot.links[0] = AMTLink(cid: nil, node: root)
            }
            newRoot.dirty = true
            root = newRoot
            height += 1
        }
        if try set(i, value, in: root, height: height) { count += 1 }
    }

    /// Returns true when the index was previously empty.
    private func set(_ i: UInt64, _ value: [UInt8], in node: AMTNode, height h: Int) throws(IPLDError) -> Bool {
        node.dirty = true
        if h == 0 {
            let wasEmpty = node.values[Int(i)] == nil
            node.values[Int(i)] = value
            return wasEmpty
        }
        let span = capacity(levels: h)
        let slot = Int(i / span)
        let child: AMTNode
        if let existing = try node.child(slot, store: store, leaf: h == 1) {
            child = existing
        } else {
            child = AMTNode(width: Int(width), leaf: h == 1)
            node.links[slot] = AMTLink(cid: nil, node: child)
        }
        return try set(i % span, value, in: child, height: h - 1)
    }

    /// Removes the value at `i`; returns whether one was there.
    @discardableResult
    public func delete(_ i: UInt64) throws(IPLDError) -> Bool {
        guard i <= Self.maxIndex else { throw .invalidAMT("index \(i) out of range") }
        guard i < capacity(levels: height + 1) else { return false }
        guard try delete(i, in: root, height: height) else { return false }
        count -= 1
        if root.isEmpty {
            root = AMTNode(width: Int(width), leaf: true)
            root.dirty = true
            height = 0
        } else {
            // A root whose only link is slot 0 is replaced by that child.
            while height > 0, root.links[0] != nil, root.links.dropFirst().allSatisfy({ $0 == nil }) {
                guard let child = try root.child(0, store: store, leaf: height == 1) else { break }
                root = child
                height -= 1
            }
        }
        return true
    }

    private func delete(_ i: UInt64, in node: AMTNode, height h: Int) throws(IPLDError) -> Bool {
        if h == 0 {
            guard node.values[Int(i)] != nil else { return false }
            node.values[Int(i)] = nil
            node.dirty = true
            return true
        }
        let span = capacity(levels: h)
        let slot = Int(i / span)
        guard let child = try node.child(slot, store: store, leaf: h == 1) else { return false }
        guard try delete(i % span, in: child, height: h - 1) else { return false }
        if child.isEmpty { node.links[slot] = nil }
        node.dirty = true
        return true
    }

    /// Writes modified nodes and the root block; returns the root CID.
    public func flush() throws(IPLDError) -> CID {
        try root.flushChildren(to: store)
        var w = CBORWriter()
        w.writeArrayHeader(4)
        w.writeUInt(UInt64(bitWidth))
        w.writeUInt(UInt64(height))
        w.writeUInt(count)
        try root.write(&w)
        return store.putCBOR(w.bytes)
    }

    /// Visits every (index, value) in ascending order.
    public func forEach(_ body: (UInt64, [UInt8]) throws -> Void) throws {
        try visit(root, height: height, offset: 0, body)
    }

    private func visit(_ node: AMTNode, height h: Int, offset: UInt64, _ body: (UInt64, [UInt8]) throws -> Void) throws
    {
        if h == 0 {
            for (i, v) in node.values.enumerated() { if let v { try body(offset + UInt64(i), v) } }
            return
        }
        let span = capacity(levels: h)
        for slot in 0..<node.links.count {
            if let child = try node.child(slot, store: store, leaf: h == 1) {
                try visit(child, height: h - 1, offset: offset + UInt64(slot) * span, body)
            }
        }
    }
}

final class AMTLink {
    var cid: CID?
    var node: AMTNode?
    init(cid: CID?, node: AMTNode?) {
        self.cid = cid
        self.node = node
    }
}

final class AMTNode {
    var links: [AMTLink?]
    var values: [[UInt8]?]
    var dirty = false

    init(width: Int, leaf: Bool) {
        links = leaf ? [] : Array(repeating: nil, count: width)
        values = leaf ? Array(repeating: nil, count: width) : []
    }

    var isEmpty: Bool { links.allSatisfy { $0 == nil } && values.allSatisfy { $0 == nil } }

    func child(_ slot: Int, store: Blockstore, leaf: Bool) throws(IPLDError) -> AMTNode? {
        guard let link = links[slot] else { return nil }
        if let node = link.node { return node }
        guard let cid = link.cid else { throw .invalidAMT("link without CID or node") }
        var r = CBORReader(try store.require(cid))
        let node = try AMTNode.read(&r, width: links.count, leaf: leaf)
        guard r.isAtEnd else { throw .invalidAMT("trailing bytes in node \(cid)") }
        link.node = node
        return node
    }

    static func read(_ r: inout CBORReader, width: Int, leaf: Bool) throws(IPLDError) -> AMTNode {
        try r.readTupleHeader(3, "AMT node")
        let bitmap = try r.readBytes()
        guard bitmap.count == (width + 7) / 8 else { throw .invalidAMT("bitmap has \(bitmap.count) bytes") }
        let set = (0..<width).filter { (bitmap[$0 / 8] >> UInt8($0 % 8)) & 1 == 1 }
        let node = AMTNode(width: width, leaf: leaf)
        let linkCount = try r.readArrayHeader()
        if leaf && linkCount > 0 { throw .invalidAMT("leaf node has links") }
        if !leaf {
            guard linkCount == set.count else { throw .invalidAMT("\(linkCount) links for \(set.count) bitmap bits") }
            for slot in set { node.links[slot] = AMTLink(cid: try r.readCID(), node: nil) }
        }
        let valueCount = try r.readArrayHeader()
        if !leaf && valueCount > 0 { throw .invalidAMT("inner node has values") }
        if leaf {
            guard valueCount == set.count else {
                throw .invalidAMT("\(valueCount) values for \(set.count) bitmap bits")
            }
            for slot in set {
                let start = r.offset
                try r.skipValue()
                node.values[slot] = Array(r.bytes[start..<r.offset])
            }
        }
        return node
    }

    func flushChildren(to store: Blockstore) throws(IPLDError) {
        for link in links {
            guard let link, let node = link.node, node.dirty else { continue }
            try node.flushChildren(to: store)
            var w = CBORWriter()
            try node.write(&w)
            link.cid = store.putCBOR(w.bytes)
            node.dirty = false
        }
    }

    func write(_ w: inout CBORWriter) throws(IPLDError) {
        let width = max(links.count, values.count)
        var bitmap = [UInt8](repeating: 0, count: (width + 7) / 8)
        for i in 0..<width where (i < links.count && links[i] != nil) || (i < values.count && values[i] != nil) {
            bitmap[i / 8] |= 1 << UInt8(i % 8)
        }
        w.writeArrayHeader(3)
        w.writeBytes(bitmap)
        let present = links.compactMap { $0 }
        w.writeArrayHeader(present.count)
        for link in present {
            guard let cid = link.cid else { throw .invalidAMT("encoding a node with an unflushed child") }
            w.writeCID(cid)
        }
        let vals = values.compactMap { $0 }
        w.writeArrayHeader(vals.count)
        for v in vals { w.writeRaw(v) }
    }
}
