/// Hex text as the Ethereum tests write it (`0x`-prefixed, any case).
enum Hex {
    static func decode(_ text: String, field: String) throws(FEVMError) -> [UInt8] {
        var digits = Substring(text)
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
        let ascii = Array(digits.utf8)
        guard ascii.count % 2 == 0 else { throw .malformedHex(field: field, reason: "odd number of hex digits") }
        var out: [UInt8] = []
        out.reserveCapacity(ascii.count / 2)
        var i = 0
        while i < ascii.count {
            guard let hi = nibble(ascii[i]), let lo = nibble(ascii[i + 1]) else {
                throw .malformedHex(field: field, reason: "not a hex digit at position \(i)")
            }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    static func encode(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xf)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
