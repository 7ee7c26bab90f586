import IPLD

/// A contract's storage as the v10 EVM actor keeps it: a KAMT (fvm_ipld_kamt) from U256 to U256.
///
/// Its configuration is the actor's: the key's 32 big-endian bytes are the "hash" (identity, so
/// slots 0, 1, 2 share 251 leading zero bits), 5 bits per level, at most one pair per bucket, data
/// allowed from the root (min_data_depth 0), and links carry extensions that skip the levels every
/// key below them agrees on. Nodes are `[bitfield, [pointer…]]`; a pointer is `{"v": [[k, v]]}` or
/// `{"l": [cid, skipped bits, skipped bits packed MSB-first]}`; words are minimal big-endian byte
/// strings. Building from the sorted key set gives the canonical tree that inserting them one by
/// one gives, so a placed contract's root is the root the actor would have written.
public enum EVMStorage {
    static let bitWidth = 5
    static let keyBits = 256

    /// Writes the storage (zero values dropped) and returns the KAMT root.
    public static func write(_ storage: [EVMWord: EVMWord], store: Blockstore) -> CID {
        let entries = storage.filter { !$0.value.isZero }.sorted { $0.key < $1.key }
        return store.putCBOR(node(entries.map { ($0.key, $0.value) }, consumed: 0, store: store))
    }

    /// Every slot under `root`.
    public static func read(root: CID, store: Blockstore) throws(FEVMError) -> [EVMWord: EVMWord] {
        var out: [EVMWord: EVMWord] = [:]
        do {
            try collect(root, store: store, depth: 0, into: &out)
        } catch let e as FEVMError {
            throw e
        } catch {
            throw .state("\(error)", doing: "reading storage KAMT \(root)")
        }
        return out
    }

    // MARK: - Writing

    /// The encoded node for `entries` (sorted, at least one) whose first `consumed` bits agree.
    private static func node(_ entries: [(EVMWord, EVMWord)], consumed: Int, store: Blockstore) -> [UInt8] {
        var groups: [(slot: Int, entries: [(EVMWord, EVMWord)])] = []
        for entry in entries {
            let slot = bits(entry.0, from: consumed, count: bitWidth)
            if groups.last?.slot == slot {
                groups[groups.count - 1].entries.append(entry)
            } else {
                groups.append((slot, [entry]))
            }
        }
        var bitmap = [UInt8](repeating: 0, count: 4)
        for g in groups { bitmap[3 - g.slot / 8] |= 1 << UInt8(g.slot % 8) }
        var w = CBORWriter()
        w.writeArrayHeader(2)
        w.writeBytes(Array(bitmap.drop { $0 == 0 }))
        w.writeArrayHeader(groups.count)
        let next = consumed + min(bitWidth, keyBits - consumed)
        for g in groups {
            w.writeMapHeader(1)
            if g.entries.count == 1 {
                w.writeText("v")
                w.writeArrayHeader(1)
                w.writeArrayHeader(2)
                w.writeBytes(g.entries[0].0.minimalBytes)
                w.writeBytes(g.entries[0].1.minimalBytes)
            } else {
                let skipped = commonPrefix(g.entries.map(\.0), from: next)
                let child = store.putCBOR(node(g.entries, consumed: next + skipped, store: store))
                w.writeText("l")
                w.writeArrayHeader(3)
                w.writeCID(child)
                w.writeUInt(UInt64(skipped))
                w.writeBytes(packed(g.entries[0].0, from: next, count: skipped))
            }
        }
        return w.bytes
    }

    /// How many bits from `start`, in whole levels, every key agrees on.
    private static func commonPrefix(_ keys: [EVMWord], from start: Int) -> Int {
        var at = start
        while at < keyBits {
            let width = min(bitWidth, keyBits - at)
            let first = bits(keys[0], from: at, count: width)
            guard keys.allSatisfy({ bits($0, from: at, count: width) == first }) else { break }
            at += width
        }
        return at - start
    }

    /// `count` bits of `key` from bit `start` (most significant first), as an integer.
    static func bits(_ key: EVMWord, from start: Int, count: Int) -> Int {
        var value = 0
        for bit in start..<min(start + count, keyBits) {
            value = value << 1 | Int((key.bytes[bit / 8] >> UInt8(7 - bit % 8)) & 1)
        }
        return value
    }

    /// `count` bits of `key` from `start`, packed from the most significant bit of the first byte.
    private static func packed(_ key: EVMWord, from start: Int, count: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: (count + 7) / 8)
        for i in 0..<count where bits(key, from: start + i, count: 1) == 1 {
            out[i / 8] |= 1 << UInt8(7 - i % 8)
        }
        return out
    }

    // MARK: - Reading

    private static func collect(_ cid: CID, store: Blockstore, depth: Int, into out: inout [EVMWord: EVMWord]) throws {
        guard depth <= keyBits / bitWidth + 1 else { throw FEVMError.state("too deep", doing: "reading storage") }
        var r = CBORReader(try store.require(cid))
        try r.readTupleHeader(2, "KAMT node")
        _ = try r.readBytes()
        let count = try r.readArrayHeader()
        for _ in 0..<count {
            guard try r.readMapHeader() == 1 else { throw FEVMError.state("pointer is not a 1-entry map", doing: "") }
            switch try r.readText() {
            case "v":
                for _ in 0..<(try r.readArrayHeader()) {
                    try r.readTupleHeader(2, "KAMT pair")
                    out[try EVMWord(bigEndian: try r.readBytes())] = try EVMWord(bigEndian: try r.readBytes())
                }
            case "l":
                try r.readTupleHeader(3, "KAMT link")
                let child = try r.readCID()
                _ = try r.readUInt()
                _ = try r.readBytes()
                try collect(child, store: store, depth: depth + 1, into: &out)
            case let other:
                throw FEVMError.state("unknown pointer kind \"\(other)\"", doing: "reading storage KAMT")
            }
        }
    }
}
