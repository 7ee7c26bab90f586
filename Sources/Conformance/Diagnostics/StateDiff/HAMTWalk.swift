import IPLD

/// The entries two HAMTs disagree on, found by descending both together: a keyed entry sits in the
/// same slot in both trees, so equal links are skipped unread and only differing slots are opened.
struct HAMTWalk {
    let blocks: DiffBlocks

    func differences(expected: CID, actual: CID) -> [KeyedDifference] {
        guard expected != actual else { return [] }
        guard let e = slots(expected), let a = slots(actual) else { return [] }
        var out: [KeyedDifference] = []
        for slot in Set(e.keys).union(a.keys).sorted() {
            let ep = e[slot]
            let ap = a[slot]
            if case .link(let ec)? = ep, case .link(let ac)? = ap {
                out += differences(expected: ec, actual: ac)
            } else if ep != ap, readable(ep), readable(ap) {
                out += Self.compare(entries(ep), entries(ap))
            }
        }
        return out.sorted { $0.key < $1.key }
    }

    /// Slot → pointer of one node (nil when the block is absent or not a HAMT node).
    func slots(_ cid: CID) -> [Int: IPLDValue]? {
        guard let node = blocks.value(cid)?.list, node.count == 2, let bits = node[0].byteString,
            let pointers = node[1].list
        else { return nil }
        var occupied: [Int] = []
        for (i, byte) in bits.reversed().enumerated() {
            for b in 0..<8 where (byte >> UInt8(b)) & 1 == 1 { occupied.append(i * 8 + b) }
        }
        guard occupied.count == pointers.count else { return nil }
        return Dictionary(uniqueKeysWithValues: zip(occupied.sorted(), pointers))
    }

    /// False for a link to an absent block: its side cannot be compared (the block is reported
    /// missing), and comparing the other side with nothing would invent additions.
    func readable(_ pointer: IPLDValue?) -> Bool {
        guard case .link(let cid)? = pointer else { return true }
        return slots(cid) != nil
    }

    /// Every entry under a pointer: a bucket's own, or a whole subtree's.
    func entries(_ pointer: IPLDValue?) -> [[UInt8]: IPLDValue] {
        switch pointer {
        case .link(let cid)?:
            guard let slots = slots(cid) else { return [:] }
            return slots.values.reduce(into: [:]) { all, p in all.merge(entries(p)) { a, _ in a } }
        case .array(let bucket)?:
            var out: [[UInt8]: IPLDValue] = [:]
            for entry in bucket {
                if let pair = entry.list, pair.count == 2, let key = pair[0].byteString { out[key] = pair[1] }
            }
            return out
        default:
            return [:]
        }
    }

    static func compare(_ e: [[UInt8]: IPLDValue], _ a: [[UInt8]: IPLDValue]) -> [KeyedDifference] {
        Set(e.keys).union(a.keys).compactMap { key in
            e[key] == a[key] ? nil : KeyedDifference(key: .bytes(key), expected: e[key], actual: a[key])
        }
    }
}
