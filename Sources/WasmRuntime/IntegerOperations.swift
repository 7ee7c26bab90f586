/// Integer instructions whose Wasm semantics differ from Swift's operators.
enum IntegerOperations {
    @inline(__always)
    static func divS32(_ a: UInt32, _ b: UInt32) throws(Trap) -> UInt32 {
        guard b != 0 else { throw .integerDivideByZero }
        let x = Int32(bitPattern: a)
        let y = Int32(bitPattern: b)
        guard !(x == .min && y == -1) else { throw .integerOverflow }
        return UInt32(bitPattern: x / y)
    }

    @inline(__always)
    static func divU32(_ a: UInt32, _ b: UInt32) throws(Trap) -> UInt32 {
        guard b != 0 else { throw .integerDivideByZero }
        return a / b
    }

    @inline(__always)
    static func remS32(_ a: UInt32, _ b: UInt32) throws(Trap) -> UInt32 {
        guard b != 0 else { throw .integerDivideByZero }
        let y = Int32(bitPattern: b)
        if y == -1 { return 0 }
        return UInt32(bitPattern: Int32(bitPattern: a) % y)
    }

    @inline(__always)
    static func remU32(_ a: UInt32, _ b: UInt32) throws(Trap) -> UInt32 {
        guard b != 0 else { throw .integerDivideByZero }
        return a % b
    }

    @inline(__always)
    static func divS64(_ a: UInt64, _ b: UInt64) throws(Trap) -> UInt64 {
        guard b != 0 else { throw .integerDivideByZero }
        let x = Int64(bitPattern: a)
        let y = Int64(bitPattern: b)
        guard !(x == .min && y == -1) else { throw .integerOverflow }
        return UInt64(bitPattern: x / y)
    }

    @inline(__always)
    static func divU64(_ a: UInt64, _ b: UInt64) throws(Trap) -> UInt64 {
        guard b != 0 else { throw .integerDivideByZero }
        return a / b
    }

    @inline(__always)
    static func remS64(_ a: UInt64, _ b: UInt64) throws(Trap) -> UInt64 {
        guard b != 0 else { throw .integerDivideByZero }
        let y = Int64(bitPattern: b)
        if y == -1 { return 0 }
        return UInt64(bitPattern: Int64(bitPattern: a) % y)
    }

    @inline(__always)
    static func remU64(_ a: UInt64, _ b: UInt64) throws(Trap) -> UInt64 {
        guard b != 0 else { throw .integerDivideByZero }
        return a % b
    }

    @inline(__always)
    static func rotl32(_ a: UInt32, _ b: UInt32) -> UInt32 { (a &<< b) | (a &>> (32 &- b)) }
    @inline(__always)
    static func rotr32(_ a: UInt32, _ b: UInt32) -> UInt32 { (a &>> b) | (a &<< (32 &- b)) }
    @inline(__always)
    static func rotl64(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &<< b) | (a &>> (64 &- b)) }
    @inline(__always)
    static func rotr64(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &>> b) | (a &<< (64 &- b)) }
}
