import FVMCrypto

/// The root of Ethereum's Merkle-Patricia trie over fixed-length keys, built from the full
/// key set at once (no updates are needed to check a post state).
enum MerklePatriciaTrie {
    /// keccak-256 of the root node; the empty trie's root is keccak-256 of RLP("").
    static func root(_ entries: [[UInt8]: [UInt8]]) -> [UInt8] {
        if entries.isEmpty { return Keccak256.hash(RLP.encode(.bytes([]))) }
        let leaves = entries.map { (nibbles($0.key), $0.value) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        return Keccak256.hash(RLP.encode(node(leaves[...], depth: 0)))
    }

    private static func node(_ leaves: ArraySlice<([UInt8], [UInt8])>, depth: Int) -> RLP.Item {
        let first = leaves[leaves.startIndex]
        if leaves.count == 1 {
            return .list([.bytes(hexPrefix(Array(first.0[depth...]), leaf: true)), .bytes(first.1)])
        }
        let shared = commonPrefix(leaves, from: depth)
        if shared > 0 {
            let path = Array(first.0[depth..<(depth + shared)])
            return .list([.bytes(hexPrefix(path, leaf: false)), reference(node(leaves, depth: depth + shared))])
        }
        var children = [RLP.Item](repeating: .bytes([]), count: 17)
        var start = leaves.startIndex
        while start < leaves.endIndex {
            let nibble = leaves[start].0[depth]
            var end = start
            while end < leaves.endIndex && leaves[end].0[depth] == nibble { end += 1 }
            children[Int(nibble)] = reference(node(leaves[start..<end], depth: depth + 1))
            start = end
        }
        return .list(children)
    }

    /// A child is embedded when its encoding is shorter than 32 bytes, else linked by its hash.
    private static func reference(_ item: RLP.Item) -> RLP.Item {
        let encoded = RLP.encode(item)
        return encoded.count < 32 ? .encoded(encoded) : .bytes(Keccak256.hash(encoded))
    }

    private static func commonPrefix(_ leaves: ArraySlice<([UInt8], [UInt8])>, from depth: Int) -> Int {
        let first = leaves[leaves.startIndex].0
        var n = 0
        while depth + n < first.count, leaves.allSatisfy({ $0.0[depth + n] == first[depth + n] }) { n += 1 }
        return n
    }

    private static func nibbles(_ key: [UInt8]) -> [UInt8] { key.flatMap { [$0 >> 4, $0 & 0xf] } }

    /// Compact (hex-prefix) encoding of a nibble path with the leaf flag.
    private static func hexPrefix(_ path: [UInt8], leaf: Bool) -> [UInt8] {
        let flag: UInt8 = (leaf ? 2 : 0) + (path.count % 2 == 1 ? 1 : 0)
        var out: [UInt8] = path.count % 2 == 1 ? [flag << 4 | path[0]] : [flag << 4]
        var i = path.count % 2
        while i < path.count {
            out.append(path[i] << 4 | path[i + 1])
            i += 2
        }
        return out
    }
}
