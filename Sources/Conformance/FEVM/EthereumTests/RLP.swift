/// Ethereum's recursive length prefix encoding, as the state trie uses it.
enum RLP {
    indirect enum Item {
        case bytes([UInt8])
        case list([Item])
        /// An item already encoded (a trie node embedded in its parent).
        case encoded([UInt8])
    }

    static func encode(_ item: Item) -> [UInt8] {
        switch item {
        case .bytes(let b):
            if b.count == 1 && b[0] < 0x80 { return b }
            return header(b.count, short: 0x80, long: 0xb7) + b
        case .list(let items):
            let payload = items.flatMap { encode($0) }
            return header(payload.count, short: 0xc0, long: 0xf7) + payload
        case .encoded(let e):
            return e
        }
    }

    private static func header(_ length: Int, short: UInt8, long: UInt8) -> [UInt8] {
        if length <= 55 { return [short + UInt8(length)] }
        var digits: [UInt8] = []
        var n = length
        while n > 0 {
            digits.insert(UInt8(n & 0xff), at: 0)
            n >>= 8
        }
        return [long + UInt8(digits.count)] + digits
    }
}
