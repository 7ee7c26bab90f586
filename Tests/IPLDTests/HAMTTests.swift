import IPLD
import Testing

@Suite struct HAMTTests {
    func key(_ i: Int) -> [UInt8] { Array("key-\(i)".utf8) }
    func value(_ i: Int) -> [UInt8] { DagCBOR.encode(.unsigned(UInt64(i))) }

    @Test func insertionOrderDoesNotChangeTheRoot() throws {
        let a = HAMT(store: MemoryBlockstore())
        let b = HAMT(store: MemoryBlockstore())
        for i in 0..<500 { try a.set(key(i), value(i)) }
        for i in (0..<500).reversed() { try b.set(key(i), value(i)) }
        #expect(try a.flush() == b.flush())
        for i in 0..<500 { #expect(try a.get(key(i)) == value(i)) }
        #expect(try a.get(key(1000)) == nil)
    }

    @Test func deletingBackToASubsetGivesTheSubsetsRoot() throws {
        let store = MemoryBlockstore()
        let small = HAMT(store: store)
        for i in 0..<50 { try small.set(key(i), value(i)) }
        let expected = try small.flush()
        let big = HAMT(store: store)
        for i in 0..<400 { try big.set(key(i), value(i)) }
        _ = try big.flush()
        for i in 50..<400 { #expect(try big.delete(key(i))) }
        #expect(try big.flush() == expected)
        #expect(try !big.delete(key(999)))
    }

    @Test func reloadedTreeMatches() throws {
        let store = MemoryBlockstore()
        let h = HAMT(store: store)
        for i in 0..<200 { try h.set(key(i), value(i)) }
        let root = try h.flush()
        let reloaded = try HAMT(root: root, store: store)
        var pairs: [([UInt8], [UInt8])] = []
        try reloaded.forEach { k, v in pairs.append((k, v)) }
        #expect(pairs.count == 200)
        for (k, v) in pairs { #expect(try h.get(k) == v) }
        #expect(try reloaded.flush() == root)
        #expect(try !reloaded.set(key(3), value(3)), "setting an identical value is a no-op")
    }

    @Test func emptyTreeEncoding() throws {
        let store = MemoryBlockstore()
        let root = try HAMT(store: store).flush()
        // [h'', []]
        #expect(store.get(root) == [0x82, 0x40, 0x80])
    }
}
