/// The two multibase alphabets CIDs use in text: base32 lower (v1, prefix `b`) and base58btc (v0).
public enum Multibase {
    private static let base32Alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)
    private static let base58Alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    private static let base32Index: [Int8] = table(base32Alphabet)
    private static let base58Index: [Int8] = table(base58Alphabet)

    private static func table(_ alphabet: [UInt8]) -> [Int8] {
        var t = [Int8](repeating: -1, count: 256)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = Int8(i) }
        return t
    }

    /// RFC 4648 base32, lower case, no padding.
    public static func base32Encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 8 + 4) / 5)
        var buffer: UInt32 = 0
        var bits = 0
        for b in bytes {
            buffer = (buffer << 8) | UInt32(b)
            bits += 8
            while bits >= 5 {
                out.append(base32Alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
                bits -= 5
            }
        }
        if bits > 0 { out.append(base32Alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Inverse of `base32Encode`; accepts upper case too, rejects padding and stray bits.
    public static func base32Decode(_ text: Substring) throws(IPLDError) -> [UInt8] {
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for c in text.utf8 {
            let lower = (c >= 65 && c <= 90) ? c + 32 : c
            let v = base32Index[Int(lower)]
            guard v >= 0 else { throw .invalidMultibase("bad base32 character") }
            buffer = (buffer << 5) | UInt32(v)
            bits += 5
            if bits >= 8 {
                out.append(UInt8((buffer >> UInt32(bits - 8)) & 0xff))
                bits -= 8
            }
            buffer &= (1 << UInt32(bits)) - 1
        }
        guard bits < 5, buffer == 0 else { throw .invalidMultibase("trailing base32 bits") }
        return out
    }

    /// Bitcoin base58.
    public static func base58Encode(_ bytes: [UInt8]) -> String {
        var zeros = 0
        while zeros < bytes.count && bytes[zeros] == 0 { zeros += 1 }
        var digits: [UInt8] = []  // little-endian base58 digits
        for b in bytes[zeros...] {
            var carry = Int(b)
            for i in 0..<digits.count {
                carry += Int(digits[i]) << 8
                digits[i] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 { digits.append(UInt8(carry % 58)); carry /= 58 }
        }
        let out =
            [UInt8](repeating: base58Alphabet[0], count: zeros) + digits.reversed().map { base58Alphabet[Int($0)] }
        return String(decoding: out, as: UTF8.self)
    }

    /// Inverse of `base58Encode`.
    public static func base58Decode(_ text: Substring) throws(IPLDError) -> [UInt8] {
        let chars = Array(text.utf8)
        var zeros = 0
        while zeros < chars.count && chars[zeros] == base58Alphabet[0] { zeros += 1 }
        var bytes: [UInt8] = []  // little-endian base256
        for c in chars[zeros...] {
            let v = base58Index[Int(c)]
            guard v >= 0 else { throw .invalidMultibase("bad base58 character") }
            var carry = Int(v)
            for i in 0..<bytes.count {
                carry += Int(bytes[i]) * 58
                bytes[i] = UInt8(carry & 0xff)
                carry >>= 8
            }
            while carry > 0 { bytes.append(UInt8(carry & 0xff)); carry >>= 8 }
        }
        return [UInt8](repeating: 0, count: zeros) + bytes.reversed()
    }
}
