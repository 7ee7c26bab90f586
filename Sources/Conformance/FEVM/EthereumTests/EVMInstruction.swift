/// One decoded EVM instruction: its opcode and, for PUSHn, the bytes it pushes.
struct EVMInstruction: Equatable {
    /// Offset of the opcode in the code.
    var pc: Int
    var opcode: UInt8
    var immediate: [UInt8]

    /// The instructions of `code` in order; PUSH data is never read as an opcode, and a PUSH cut off
    /// by the end of the code pushes what is there (as the EVM pads it with zeros). Solidity's
    /// metadata trailer (a CBOR map whose length is the last two bytes, after an INVALID) is data.
    static func decode(_ code: [UInt8]) -> [EVMInstruction] {
        let code = withoutMetadata(code)
        var out: [EVMInstruction] = []
        var pc = 0
        while pc < code.count {
            let op = code[pc]
            var width = 0
            if (0x60...0x7f).contains(op) { width = Int(op) - 0x5f }
            let end = min(code.count, pc + 1 + width)
            out.append(EVMInstruction(pc: pc, opcode: op, immediate: Array(code[(pc + 1)..<end])))
            pc += 1 + width
        }
        return out
    }

    static func withoutMetadata(_ code: [UInt8]) -> [UInt8] {
        guard code.count >= 3 else { return code }
        let length = Int(code[code.count - 2]) << 8 | Int(code[code.count - 1])
        let start = code.count - 2 - length
        guard length > 0, start >= 1, (0xa1...0xbf).contains(code[start]), code[start - 1] == 0xfe else { return code }
        return Array(code[..<start])
    }

    static let callFamily: Set<UInt8> = [0xf1, 0xf2, 0xf4, 0xfa]

    /// Instructions whose top stack argument is a memory offset.
    static let memoryOffsetFirst: Set<UInt8> = [
        0x51, 0x52, 0x53, 0x20, 0xf3, 0xfd, 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0x37, 0x39, 0x3e,
    ]

    /// The value a PUSH puts on the stack (nil for other instructions or beyond 64 bits).
    var pushedValue: UInt64? {
        guard (0x5f...0x7f).contains(opcode) else { return nil }
        let significant = immediate.drop { $0 == 0 }
        guard significant.count <= 8 else { return nil }
        return significant.reduce(0) { $0 << 8 | UInt64($1) }
    }

}
