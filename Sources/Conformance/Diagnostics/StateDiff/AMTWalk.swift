import IPLD

/// The indexes two AMTs disagree on, descending both together and skipping equal links.
struct AMTWalk {
    let blocks: DiffBlocks

    /// An AMT root: bit width, height and the inline top node.
    struct Root {
        var width: UInt64
        var height: Int
        var node: IPLDValue
    }

    func differences(expected: CID, actual: CID) -> [KeyedDifference] {
        guard expected != actual, let e = root(expected), let a = root(actual) else { return [] }
        if e.width == a.width, e.height == a.height {
            return differences(e.node, a.node, width: e.width, height: e.height, offset: 0)
        }
        return Self.compare(
            values(e.node, width: e.width, height: e.height, offset: 0),
            values(a.node, width: a.width, height: a.height, offset: 0))
    }

    func root(_ cid: CID) -> Root? {
        guard let r = blocks.value(cid)?.list, r.count == 4, let bw = r[0].uint64, (1...8).contains(bw),
            let h = r[1].uint64, h <= 64
        else { return nil }
        return Root(width: 1 << bw, height: Int(h), node: r[3])
    }

    /// Position → link (height > 0) or value (height 0) of one node.
    static func items(_ node: IPLDValue, width: UInt64, leaf: Bool) -> [UInt64: IPLDValue] {
        guard let n = node.list, n.count == 3, let bmap = n[0].byteString, let items = (leaf ? n[2] : n[1]).list else {
            return [:]
        }
        let set = (0..<width).filter { isSet(bmap, $0) }
        guard set.count == items.count else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(set, items))
    }

    /// Bit `i` of an AMT node's bitmap (least significant bit first in each byte).
    static func isSet(_ bmap: [UInt8], _ i: UInt64) -> Bool {
        let byte = Int(i / 8)
        guard byte < bmap.count else { return false }
        return (bmap[byte] >> UInt8(i % 8)) & 1 == 1
    }

    static func span(width: UInt64, height: Int) -> UInt64 {
        (0..<height).reduce(UInt64(1)) { s, _ in s.multipliedReportingOverflow(by: width).partialValue }
    }

    func differences(_ e: IPLDValue, _ a: IPLDValue, width: UInt64, height: Int, offset: UInt64) -> [KeyedDifference] {
        let ei = Self.items(e, width: width, leaf: height == 0)
        let ai = Self.items(a, width: width, leaf: height == 0)
        let span = Self.span(width: width, height: height)
        var out: [KeyedDifference] = []
        for i in Set(ei.keys).union(ai.keys).sorted() where ei[i] != ai[i] {
            let at = offset &+ i &* span
            if height == 0 {
                out.append(KeyedDifference(key: .index(at), expected: ei[i], actual: ai[i]))
            } else {
                out += childDifferences(ei[i], ai[i], width: width, height: height - 1, offset: at)
            }
        }
        return out
    }

    /// Differences under two links at the same position. A side without a link contributes no
    /// values; a link to an absent block stops the comparison there (the block is reported missing).
    func childDifferences(_ e: IPLDValue?, _ a: IPLDValue?, width: UInt64, height: Int, offset: UInt64)
        -> [KeyedDifference]
    {
        let ec = child(e)
        let ac = child(a)
        if let ec, let ac { return differences(ec, ac, width: width, height: height, offset: offset) }
        if (e != nil && ec == nil) || (a != nil && ac == nil) { return [] }
        let ev = ec.map { values($0, width: width, height: height, offset: offset) } ?? [:]
        let av = ac.map { values($0, width: width, height: height, offset: offset) } ?? [:]
        return Self.compare(ev, av)
    }

    func child(_ link: IPLDValue?) -> IPLDValue? {
        guard let cid = link?.cid else { return nil }
        return blocks.value(cid)
    }

    /// Every value under a node, by index.
    func values(_ node: IPLDValue, width: UInt64, height: Int, offset: UInt64) -> [UInt64: IPLDValue] {
        let items = Self.items(node, width: width, leaf: height == 0)
        if height == 0 { return Dictionary(uniqueKeysWithValues: items.map { (offset &+ $0.key, $0.value) }) }
        let span = Self.span(width: width, height: height)
        var out: [UInt64: IPLDValue] = [:]
        for (i, link) in items {
            guard let child = child(link) else { continue }
            out.merge(values(child, width: width, height: height - 1, offset: offset &+ i &* span)) { a, _ in a }
        }
        return out
    }

    static func compare(_ e: [UInt64: IPLDValue], _ a: [UInt64: IPLDValue]) -> [KeyedDifference] {
        Set(e.keys).union(a.keys).sorted().compactMap { i in
            e[i] == a[i] ? nil : KeyedDifference(key: .index(i), expected: e[i], actual: a[i])
        }
    }
}
