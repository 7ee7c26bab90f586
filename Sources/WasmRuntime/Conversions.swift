/// Float-to-integer truncations, trapping and saturating. A value converts when it lies strictly
/// inside (lower, upper) after truncation, which the exclusive bounds below express exactly.
enum Conversions {
    @inline(__always)
    static func check<F: BinaryFloatingPoint>(_ x: F, above lower: F, inclusive: Bool, below upper: F)
        throws(Trap)
    {
        guard !x.isNaN else { throw .invalidConversionToInteger }
        guard inclusive ? x >= lower : x > lower, x < upper else { throw .integerOverflow }
    }

    @inline(__always)
    static func i32S<F: BinaryFloatingPoint>(_ x: F) throws(Trap) -> UInt64 {
        // -2^31 is representable in both formats; f64 also has values in (-2^31 - 1, -2^31).
        if F.self == Float.self {
            try check(x, above: -2147483648.0, inclusive: true, below: 2147483648.0)
        } else {
            try check(x, above: -2147483649.0, inclusive: false, below: 2147483648.0)
        }
        return UInt64(UInt32(bitPattern: Int32(x)))
    }

    @inline(__always)
    static func i32U<F: BinaryFloatingPoint>(_ x: F) throws(Trap) -> UInt64 {
        try check(x, above: -1.0, inclusive: false, below: 4294967296.0)
        return UInt64(UInt32(x))
    }

    @inline(__always)
    static func i64S<F: BinaryFloatingPoint>(_ x: F) throws(Trap) -> UInt64 {
        try check(x, above: -9223372036854775808.0, inclusive: true, below: 9223372036854775808.0)
        return UInt64(bitPattern: Int64(x))
    }

    @inline(__always)
    static func i64U<F: BinaryFloatingPoint>(_ x: F) throws(Trap) -> UInt64 {
        try check(x, above: -1.0, inclusive: false, below: 18446744073709551616.0)
        return UInt64(x)
    }

    @inline(__always)
    static func satI32S<F: BinaryFloatingPoint>(_ x: F) -> UInt64 {
        if x.isNaN { return 0 }
        if x <= -2147483648.0 { return UInt64(UInt32(bitPattern: .min)) }
        if x >= 2147483647.0 { return UInt64(UInt32(bitPattern: .max)) }
        return UInt64(UInt32(bitPattern: Int32(x)))
    }

    @inline(__always)
    static func satI32U<F: BinaryFloatingPoint>(_ x: F) -> UInt64 {
        if x.isNaN || x <= 0 { return 0 }
        if x >= 4294967295.0 { return UInt64(UInt32.max) }
        return UInt64(UInt32(x))
    }

    @inline(__always)
    static func satI64S<F: BinaryFloatingPoint>(_ x: F) -> UInt64 {
        if x.isNaN { return 0 }
        if x <= -9223372036854775808.0 { return UInt64(bitPattern: .min) }
        if x >= 9223372036854775808.0 { return UInt64(bitPattern: .max) }
        return UInt64(bitPattern: Int64(x))
    }

    @inline(__always)
    static func satI64U<F: BinaryFloatingPoint>(_ x: F) -> UInt64 {
        if x.isNaN || x <= 0 { return 0 }
        if x >= 18446744073709551616.0 { return .max }
        return UInt64(x)
    }
}
