/// Decodes a function body without validating it. Decoding errors take precedence over
/// validation errors (the binary format is checked before validation), so when validation
/// fails the remaining bodies are skimmed for a malformed encoding to report instead.
struct BodySkimmer {
    var reader: ByteReader

    static func malformation(in bodies: ArraySlice<FunctionBody>, bytes: UnsafeBufferPointer<UInt8>)
        -> ModuleError?
    {
        for body in bodies {
            var s = BodySkimmer(
                reader: ByteReader(bytes, offset: body.code.lowerBound, end: body.code.upperBound))
            do { try s.skim() } catch { return error }
        }
        return nil
    }

    mutating func skim() throws(ModuleError) {
        var depth = 0
        while true {
            guard !reader.isAtEnd else { throw reader.fail("unexpected end of section or function") }
            let op = try reader.byte()
            switch op {
            case 0x02, 0x03, 0x04:
                depth += 1
                let b = try reader.peek()
                if b == 0x40 || ValueType(rawValue: b) != nil {
                    reader.offset += 1
                } else {
                    _ = try reader.s33()
                }
            case 0x0B:
                if depth == 0 {
                    guard reader.isAtEnd else { throw reader.fail("section size mismatch") }
                    return
                }
                depth -= 1
            case 0x0C, 0x0D, 0x10, 0x20...0x24: _ = try reader.u32()
            case 0x0E:
                let n = try reader.u32()
                for _ in 0...n { _ = try reader.u32() }
            case 0x11:
                _ = try reader.u32()
                try zero()
            case 0x28...0x3E:
                _ = try reader.u32()
                _ = try reader.u32()
            case 0x3F, 0x40: try zero()
            case 0x41: _ = try reader.s32()
            case 0x42: _ = try reader.s64()
            case 0x43: _ = try reader.f32Bits()
            case 0x44: _ = try reader.f64Bits()
            case 0x00, 0x01, 0x05, 0x0F, 0x1A, 0x1B, 0x45...0xC4: break
            case 0xFC: try prefixed()
            default: throw reader.fail("illegal opcode")
            }
        }
    }

    mutating func zero() throws(ModuleError) {
        guard try reader.byte() == 0 else { throw reader.fail("zero byte expected") }
    }

    mutating func prefixed() throws(ModuleError) {
        switch try reader.u32() {
        case 0...7: break
        case 8:
            _ = try reader.u32()
            try zero()
        case 9, 13: _ = try reader.u32()
        case 10, 14:
            if try reader.peek() != 0 { _ = try reader.u32() } else { try zero() }
            try zero()
        case 11: try zero()
        case 12:
            _ = try reader.u32()
            try zero()
        default: throw reader.fail("illegal opcode")
        }
    }
}
