/// Float instructions with Wasm-exact semantics on raw bits. Sign operations never go through a
/// float value, so NaN payloads are preserved.
enum FloatOperations {
    static let canonicalNaN32: UInt32 = 0x7FC0_0000
    static let canonicalNaN64: UInt64 = 0x7FF8_0000_0000_0000

    @inline(__always)
    static func min32(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let x = Float(bitPattern: a)
        let y = Float(bitPattern: b)
        if x.isNaN || y.isNaN { return (x + y).bitPattern }
        if x == y { return a | b }  // -0 wins over +0
        return x < y ? a : b
    }

    @inline(__always)
    static func max32(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let x = Float(bitPattern: a)
        let y = Float(bitPattern: b)
        if x.isNaN || y.isNaN { return (x + y).bitPattern }
        if x == y { return a & b }  // +0 wins over -0
        return x > y ? a : b
    }

    @inline(__always)
    static func min64(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let x = Double(bitPattern: a)
        let y = Double(bitPattern: b)
        if x.isNaN || y.isNaN { return (x + y).bitPattern }
        if x == y { return a | b }
        return x < y ? a : b
    }

    @inline(__always)
    static func max64(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let x = Double(bitPattern: a)
        let y = Double(bitPattern: b)
        if x.isNaN || y.isNaN { return (x + y).bitPattern }
        if x == y { return a & b }
        return x > y ? a : b
    }

    @inline(__always)
    static func canonical32(_ a: UInt32) -> UInt32 {
        a & 0x7FFF_FFFF > 0x7F80_0000 ? canonicalNaN32 : a
    }

    @inline(__always)
    static func canonical64(_ a: UInt64) -> UInt64 {
        a & 0x7FFF_FFFF_FFFF_FFFF > 0x7FF0_0000_0000_0000 ? canonicalNaN64 : a
    }
}
