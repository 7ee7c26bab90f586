import BigInt

/// Affine arithmetic on the alt_bn128 (BN254) G1 curve y² = x³ + 3 over F_p, written from the
/// curve's definition so the ecAdd/ecMul precompiles are checked against an independent result.
/// The point at infinity is (0, 0), as EIP-196 encodes it.
struct BN254Point: Equatable {
    static let p = BigInt(
        BigUInt("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", radix: 16)!)
    static let generator = BN254Point(x: 1, y: 2)
    static let infinity = BN254Point(x: 0, y: 0)

    var x: BigInt
    var y: BigInt

    var isOnCurve: Bool { self == .infinity || Self.mod(y * y - x * x * x - 3) == 0 }

    var negated: BN254Point { self == .infinity ? self : BN254Point(x: x, y: Self.mod(-y)) }

    static func + (a: BN254Point, b: BN254Point) -> BN254Point {
        if a == .infinity { return b }
        if b == .infinity { return a }
        let slope: BigInt
        if a.x == b.x {
            guard a.y == b.y, a.y != 0 else { return .infinity }
            slope = mod(3 * a.x * a.x * inverse(2 * a.y))
        } else {
            slope = mod((b.y - a.y) * inverse(b.x - a.x))
        }
        let x = mod(slope * slope - a.x - b.x)
        return BN254Point(x: x, y: mod(slope * (a.x - x) - a.y))
    }

    /// k·P by double-and-add.
    static func * (k: Int, point: BN254Point) -> BN254Point {
        var result = BN254Point.infinity
        var addend = point
        var k = k
        while k > 0 {
            if k & 1 == 1 { result = result + addend }
            addend = addend + addend
            k >>= 1
        }
        return result
    }

    /// `x ‖ y` as two words (the precompiles' encoding).
    var encoded: [UInt8] { Word.of(big: BigUInt(x)) + Word.of(big: BigUInt(y)) }

    private static func mod(_ v: BigInt) -> BigInt {
        let r = v % p
        return r < 0 ? r + p : r
    }

    private static func inverse(_ v: BigInt) -> BigInt { mod(v).inverse(p)! }
}
