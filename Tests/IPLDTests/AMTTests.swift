import IPLD
import Testing

@Suite struct AMTTests {
    func value(_ i: Int) -> [UInt8] { DagCBOR.encode(.text("v\(i)")) }

    @Test func buildGetIterate() throws {
        let store = MemoryBlockstore()
        let amt = try AMT.build(values: (0..<100).map(value), store: store)
        #expect(amt.count == 100)
        #expect(amt.height == 1, "100 values need two levels of 32")
        for i in 0..<100 { #expect(try amt.get(UInt64(i)) == value(i)) }
        #expect(try amt.get(100) == nil)
        let root = try amt.flush()
        let reloaded = try AMT(root: root, store: store)
        var indexes: [UInt64] = []
        try reloaded.forEach { i, v in
            indexes.append(i)
            #expect(v == value(Int(i)))
        }
        #expect(indexes == (0..<100).map(UInt64.init))
        #expect(try reloaded.flush() == root)
    }

    @Test func deleteCollapsesHeight() throws {
        let store = MemoryBlockstore()
        let small = try AMT.build(values: (0..<3).map(value), store: store)
        let expected = try small.flush()
        let amt = try AMT.build(values: (0..<40).map(value), store: store)
        for i in 3..<40 { #expect(try amt.delete(UInt64(i))) }
        #expect(amt.height == 0)
        #expect(try amt.flush() == expected)
        #expect(try !amt.delete(1000))
    }

    @Test func singleEventRootLayout() throws {
        let store = MemoryBlockstore()
        let amt = try AMT.build(values: [DagCBOR.encode(.unsigned(7))], store: store)
        let root = try amt.flush()
        // [5, 0, 1, [h'01000000', [], [7]]]
        #expect(store.get(root) == [0x84, 0x05, 0x00, 0x01, 0x83, 0x44, 0x01, 0x00, 0x00, 0x00, 0x80, 0x81, 0x07])
    }

    @Test func sparseIndexesGrowTheTree() throws {
        let amt = AMT(store: MemoryBlockstore())
        try amt.set(5000, value(1))
        #expect(amt.height == 2)
        #expect(try amt.get(5000) == value(1))
        #expect(try amt.get(4999) == nil)
        #expect(amt.count == 1)
    }
}
