/// A cursor over module bytes that decodes the binary format's primitives with their exact limits.
struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int
    var end: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = end ?? bytes.count
    }

    var isAtEnd: Bool { offset >= end }

    func fail(_ reason: String, at position: Int? = nil) -> ModuleError {
        .malformed(reason: reason, offset: position ?? offset)
    }

    mutating func byte() throws(ModuleError) -> UInt8 {
        guard offset < end else { throw fail("unexpected end") }
        let b = bytes[offset]
        offset += 1
        return b
    }

    func peek() throws(ModuleError) -> UInt8 {
        guard offset < end else { throw fail("unexpected end") }
        return bytes[offset]
    }

    mutating func u32() throws(ModuleError) -> UInt32 {
        UInt32(truncatingIfNeeded: try unsigned(bits: 32))
    }

    mutating func u64() throws(ModuleError) -> UInt64 { try unsigned(bits: 64) }

    mutating func s32() throws(ModuleError) -> Int32 {
        Int32(truncatingIfNeeded: try signed(bits: 32))
    }

    mutating func s33() throws(ModuleError) -> Int64 { try signed(bits: 33) }

    mutating func s64() throws(ModuleError) -> Int64 { try signed(bits: 64) }

    /// Unsigned LEB128 of at most `bits` bits; unused bits of the last byte must be zero.
    mutating func unsigned(bits: Int) throws(ModuleError) -> UInt64 {
        var result: UInt64 = 0
        var shift = 0
        while true {
            let b = try byte()
            let payload = UInt64(b & 0x7F)
            if shift + 7 > bits {
                let remaining = bits - shift
                guard b & 0x80 == 0 else { throw fail("integer representation too long") }
                guard payload >> remaining == 0 else { throw fail("integer too large") }
            }
            result |= payload << UInt64(shift)
            if b & 0x80 == 0 { return result }
            shift += 7
        }
    }

    /// Signed LEB128 of at most `bits` bits; unused bits of the last byte must sign-extend.
    mutating func signed(bits: Int) throws(ModuleError) -> Int64 {
        var result: Int64 = 0
        var shift = 0
        while true {
            let b = try byte()
            let payload = Int64(b & 0x7F)
            if shift + 7 >= bits {
                guard b & 0x80 == 0 else { throw fail("integer representation too long") }
                let remaining = bits - shift
                // The bits beyond `remaining` (including the sign bit at remaining-1) must all match.
                let signAndUnused = payload >> (remaining - 1)
                guard signAndUnused == 0 || signAndUnused == (0x7F >> (remaining - 1)) else {
                    throw fail("integer too large")
                }
            }
            result |= payload << Int64(shift)
            shift += 7
            if b & 0x80 == 0 {
                if shift < 64 && b & 0x40 != 0 { result |= -1 << Int64(shift) }
                return result
            }
        }
    }

    mutating func f32Bits() throws(ModuleError) -> UInt32 {
        guard end - offset >= 4 else { throw fail("unexpected end") }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[offset + i]) << UInt32(8 * i) }
        offset += 4
        return v
    }

    mutating func f64Bits() throws(ModuleError) -> UInt64 {
        guard end - offset >= 8 else { throw fail("unexpected end") }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
        offset += 8
        return v
    }

    mutating func name() throws(ModuleError) -> String {
        let n = Int(try u32())
        guard end - offset >= n else { throw fail("unexpected end") }
        let slice = UnsafeBufferPointer(rebasing: bytes[offset..<offset + n])
        guard let s = String(validating: slice, as: UTF8.self) else {
            throw fail("malformed UTF-8 encoding")
        }
        offset += n
        return s
    }

    mutating func valueType() throws(ModuleError) -> ValueType {
        let at = offset
        guard let t = ValueType(rawValue: try byte()) else {
            throw fail("malformed value type", at: at)
        }
        return t
    }
}
