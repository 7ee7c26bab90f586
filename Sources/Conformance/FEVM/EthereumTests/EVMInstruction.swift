/// One decoded EVM instruction: its opcode and, for PUSHn, the bytes it pushes.
struct EVMInstruction: Equatable {
    var opcode: UInt8
    var immediate: [UInt8]

    /// The instructions of `code` in order; PUSH data is never read as an opcode, and a PUSH cut off
    /// by the end of the code pushes what is there (as the EVM pads it with zeros).
    static func decode(_ code: [UInt8]) -> [EVMInstruction] {
        var out: [EVMInstruction] = []
        var pc = 0
        while pc < code.count {
            let op = code[pc]
            var width = 0
            if (0x60...0x7f).contains(op) { width = Int(op) - 0x5f }
            let end = min(code.count, pc + 1 + width)
            out.append(EVMInstruction(opcode: op, immediate: Array(code[(pc + 1)..<end])))
            pc += 1 + width
        }
        return out
    }

    static let callFamily: Set<UInt8> = [0xf1, 0xf2, 0xf4, 0xfa]
}
