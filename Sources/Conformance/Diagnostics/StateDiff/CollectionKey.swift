/// A key of a HAMT (its bytes) or an index of an AMT.
enum CollectionKey: Hashable, Comparable {
    case bytes([UInt8])
    case index(UInt64)

    static func < (a: CollectionKey, b: CollectionKey) -> Bool {
        switch (a, b) {
        case (.index(let x), .index(let y)): x < y
        case (.bytes(let x), .bytes(let y)): x.lexicographicallyPrecedes(y)
        case (.index, .bytes): true
        case (.bytes, .index): false
        }
    }
}
