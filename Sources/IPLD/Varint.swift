/// Unsigned LEB128 varints as multiformats use them (minimal encoding required on read).
public enum Varint {
    /// Appends the minimal encoding of `value`.
    public static func encode(_ value: UInt64, into out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7f) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// The minimal encoding of `value`.
    public static func encode(_ value: UInt64) -> [UInt8] {
        var out: [UInt8] = []
        encode(value, into: &out)
        return out
    }

    /// Decodes a varint at `offset`, advancing it; rejects overlong and non-minimal forms.
    public static func decode(_ bytes: [UInt8], at offset: inout Int) throws(IPLDError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        var index = offset
        while true {
            guard index < bytes.count else { throw .truncated("varint") }
            let byte = bytes[index]
            index += 1
            if shift == 63 && byte > 1 { throw .invalidVarint("overflows 64 bits") }
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 {
                if byte == 0 && shift > 0 { throw .invalidVarint("non-minimal encoding") }
                break
            }
            shift += 7
            if shift > 63 { throw .invalidVarint("overflows 64 bits") }
        }
        offset = index
        return result
    }
}
