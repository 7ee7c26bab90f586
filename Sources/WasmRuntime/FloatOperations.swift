/// Float instructions with Wasm-exact semantics on raw bits. Sign operations never go through a
/// float value, so NaN payloads are preserved.
enum FloatOperations {
    static let canonicalNaN32: UInt32 = 0x7FC0_0000
    static let canonicalNaN64: UInt64 = 0x7FF8_0000_0000_0000

    /// Wasm's min: NaN if either is, and -0 below +0.
    @inline(__always)
    static func min<F: WasmFloat>(_ a: F.Bits, _ b: F.Bits, _: F.Type) -> F.Bits { minMax(a, b, F.self, max: false) }

    @inline(__always)
    static func max<F: WasmFloat>(_ a: F.Bits, _ b: F.Bits, _: F.Type) -> F.Bits { minMax(a, b, F.self, max: true) }

    @inline(__always)
    private static func minMax<F: WasmFloat>(_ a: F.Bits, _ b: F.Bits, _: F.Type, max: Bool) -> F.Bits {
        let x = F(bitPattern: a)
        let y = F(bitPattern: b)
        if x.isNaN || y.isNaN { return (x + y).bitPattern }
        if x == y { return max ? a & b : a | b }  // the sign bit decides between -0 and +0
        return (x < y) != max ? a : b
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

/// Float and Double by their bit patterns, so min and max are written once.
protocol WasmFloat: BinaryFloatingPoint {
    associatedtype Bits: FixedWidthInteger & UnsignedInteger
    init(bitPattern: Bits)
    var bitPattern: Bits { get }
}

extension Float: WasmFloat {}
extension Double: WasmFloat {}
