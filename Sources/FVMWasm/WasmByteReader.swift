/// A cursor over Wasm binary bytes with LEB128 decoding and bounds checks.
struct WasmByteReader {
    let bytes: [UInt8]
    var offset: Int
    let end: Int

    init(_ bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = end ?? bytes.count
    }

    var isAtEnd: Bool { offset >= end }

    func fail(_ reason: String) -> WasmPreparationError { .malformed(reason: reason, offset: offset) }

    mutating func byte() throws(WasmPreparationError) -> UInt8 {
        guard offset < end else { throw fail("unexpected end") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func skip(_ n: Int) throws(WasmPreparationError) {
        guard n >= 0, end - offset >= n else { throw fail("unexpected end skipping \(n) bytes") }
        offset += n
    }

    mutating func u32() throws(WasmPreparationError) -> UInt32 {
        var result: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            let b = try byte()
            if shift == 28 && b & 0x70 != 0 { throw fail("u32 LEB128 overflow") }
            result |= UInt32(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            if shift > 28 { throw fail("u32 LEB128 too long") }
        }
    }

    mutating func s32() throws(WasmPreparationError) -> Int32 {
        let v = try signed(bits: 32)
        return Int32(truncatingIfNeeded: v)
    }

    mutating func s64() throws(WasmPreparationError) -> Int64 { try signed(bits: 64) }

    /// Reads a signed LEB128 of at most `bits` bits (33 for block types).
    mutating func signed(bits: Int) throws(WasmPreparationError) -> Int64 {
        var result: Int64 = 0
        var shift = 0
        var b: UInt8
        let maxBytes = (bits + 6) / 7
        var count = 0
        repeat {
            b = try byte()
            count += 1
            if count > maxBytes { throw fail("s\(bits) LEB128 too long") }
            if shift < 64 { result |= Int64(b & 0x7F) << shift }
            shift += 7
        } while b & 0x80 != 0
        if count == maxBytes && bits < 64 {
            // The unused bits of the last byte must be a sign extension.
            let usedBits = bits - 7 * (maxBytes - 1)
            let rest = Int8(bitPattern: (b & 0x7F) << 1) >> Int8(usedBits)
            if rest != 0 && rest != -1 { throw fail("s\(bits) LEB128 out of range") }
        } else if count == maxBytes && bits == 64 {
            if b & 0x7E != 0 && b & 0x7E != 0x7E { throw fail("s64 LEB128 out of range") }
        }
        if shift < 64 && b & 0x40 != 0 { result |= -1 << shift }
        return result
    }

    mutating func name() throws(WasmPreparationError) -> String {
        let n = Int(try u32())
        let start = offset
        try skip(n)
        guard let s = String(validating: bytes[start..<start + n], as: UTF8.self) else {
            throw WasmPreparationError.malformed(reason: "name is not UTF-8", offset: start)
        }
        return s
    }
}
