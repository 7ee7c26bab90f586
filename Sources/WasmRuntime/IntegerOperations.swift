/// i32 and i64 as slots hold them: unsigned bit patterns, with the signed view beside.
protocol WasmInteger: FixedWidthInteger & UnsignedInteger {
    associatedtype Signed: FixedWidthInteger & SignedInteger
}

extension UInt32: WasmInteger { typealias Signed = Int32 }
extension UInt64: WasmInteger { typealias Signed = Int64 }

/// The integer instructions, written once for both widths; comparisons give 1 or 0.
enum IntegerOperations {
    @inline(__always) static func s<T: WasmInteger>(_ a: T) -> T.Signed { T.Signed(truncatingIfNeeded: a) }
    @inline(__always) static func u<T: WasmInteger>(_ a: T.Signed) -> T { T(truncatingIfNeeded: a) }
    @inline(__always) static func flag<T: WasmInteger>(_ b: Bool) -> T { b ? 1 : 0 }

    @inline(__always) static func eqz<T: WasmInteger>(_ a: T) -> T { flag(a == 0) }
    @inline(__always) static func clz<T: WasmInteger>(_ a: T) -> T { T(a.leadingZeroBitCount) }
    @inline(__always) static func ctz<T: WasmInteger>(_ a: T) -> T { T(a.trailingZeroBitCount) }
    @inline(__always) static func popcnt<T: WasmInteger>(_ a: T) -> T { T(a.nonzeroBitCount) }
    @inline(__always) static func extend8S<T: WasmInteger>(_ a: T) -> T { u(T.Signed(Int8(truncatingIfNeeded: a))) }
    @inline(__always) static func extend16S<T: WasmInteger>(_ a: T) -> T { u(T.Signed(Int16(truncatingIfNeeded: a))) }

    @inline(__always) static func eq<T: WasmInteger>(_ a: T, _ b: T) -> T { flag(a == b) }
    @inline(__always) static func ne<T: WasmInteger>(_ a: T, _ b: T) -> T { flag(a != b) }
    @inline(__always) static func ltS<T: WasmInteger>(_ a: T, _ b: T) -> T { flag(s(a) < s(b)) }
    @inline(__always) static func ltU<T: WasmInteger>(_ a: T, _ b: T) -> T { flag(a < b) }
    @inline(__always) static func gtS<T: WasmInteger>(_ a: T, _ b: T) -> T { flag(s(a) > s(b)) }
    @inline(__always) static func gtU<T: WasmInteger>(_ a: T, _ b: T) -> T { flag(a > b) }
    @inline(__always) static func leS<T: WasmInteger>(_ a: T, _ b: T) -> T { flag(s(a) <= s(b)) }
    @inline(__always) static func leU<T: WasmInteger>(_ a: T, _ b: T) -> T { flag(a <= b) }
    @inline(__always) static func geS<T: WasmInteger>(_ a: T, _ b: T) -> T { flag(s(a) >= s(b)) }
    @inline(__always) static func geU<T: WasmInteger>(_ a: T, _ b: T) -> T { flag(a >= b) }

    @inline(__always) static func add<T: WasmInteger>(_ a: T, _ b: T) -> T { a &+ b }
    @inline(__always) static func sub<T: WasmInteger>(_ a: T, _ b: T) -> T { a &- b }
    @inline(__always) static func mul<T: WasmInteger>(_ a: T, _ b: T) -> T { a &* b }
    @inline(__always) static func and<T: WasmInteger>(_ a: T, _ b: T) -> T { a & b }
    @inline(__always) static func or<T: WasmInteger>(_ a: T, _ b: T) -> T { a | b }
    @inline(__always) static func xor<T: WasmInteger>(_ a: T, _ b: T) -> T { a ^ b }
    @inline(__always) static func shl<T: WasmInteger>(_ a: T, _ b: T) -> T { a &<< b }
    @inline(__always) static func shrS<T: WasmInteger>(_ a: T, _ b: T) -> T { u(s(a) &>> s(b)) }
    @inline(__always) static func shrU<T: WasmInteger>(_ a: T, _ b: T) -> T { a &>> b }
    @inline(__always) static func rotl<T: WasmInteger>(_ a: T, _ b: T) -> T { (a &<< b) | (a &>> (T(T.bitWidth) &- b)) }
    @inline(__always) static func rotr<T: WasmInteger>(_ a: T, _ b: T) -> T { (a &>> b) | (a &<< (T(T.bitWidth) &- b)) }

    @inline(__always)
    static func divS<T: WasmInteger>(_ a: T, _ b: T) throws(Trap) -> T {
        guard b != 0 else { throw .integerDivideByZero }
        guard !(s(a) == .min && s(b) == -1) else { throw .integerOverflow }
        return u(s(a) / s(b))
    }

    @inline(__always)
    static func divU<T: WasmInteger>(_ a: T, _ b: T) throws(Trap) -> T {
        guard b != 0 else { throw .integerDivideByZero }
        return a / b
    }

    @inline(__always)
    static func remS<T: WasmInteger>(_ a: T, _ b: T) throws(Trap) -> T {
        guard b != 0 else { throw .integerDivideByZero }
        if s(b) == -1 { return 0 }
        return u(s(a) % s(b))
    }

    @inline(__always)
    static func remU<T: WasmInteger>(_ a: T, _ b: T) throws(Trap) -> T {
        guard b != 0 else { throw .integerDivideByZero }
        return a % b
    }
}
