/// A constant folder for the straight-line start of EVM code: enough to see which address a
/// dispatcher calls. Values it cannot know are nil; any instruction outside its small set ends
/// the folding (`unknown`), which callers treat as "could call anything".
struct StackFolder {
    enum Step {
        case next
        /// A CALL-family instruction to this address (nil: not a constant).
        case called(EthAddress?)
        case halted
        case unknown
    }

    let calldata: [UInt8]?
    private var stack: [EVMWord?] = []

    init(calldata: [UInt8]?) { self.calldata = calldata }

    mutating func step(_ ins: EVMInstruction) -> Step {
        let op = ins.opcode
        switch op {
        case 0x00, 0xf3, 0xfd, 0xfe: return .halted
        case 0x5f...0x7f: stack.append(try? EVMWord(bigEndian: ins.immediate + pad(ins, op)))
        case 0x80...0x8f:
            let n = Int(op - 0x7f)
            guard stack.count >= n else { return .unknown }
            stack.append(stack[stack.count - n])
        case 0x90...0x9f:
            let n = Int(op - 0x8f)
            guard stack.count > n else { return .unknown }
            stack.swapAt(stack.count - 1, stack.count - 1 - n)
        case 0x50: guard pop(1) != nil else { return .unknown }
        case 0x01, 0x03:
            guard let args = pop(2) else { return .unknown }
            stack.append(arithmetic(op, args[0], args[1]))
        case 0x35:
            guard let args = pop(1) else { return .unknown }
            stack.append(load(at: args[0]))
        case 0x5a, 0x34, 0x36, 0x30, 0x32, 0x33: stack.append(nil)
        case 0x52, 0x53: guard pop(2) != nil else { return .unknown }
        case 0xf1, 0xf2, 0xf4, 0xfa:
            let count = (op == 0xf1 || op == 0xf2) ? 7 : 6
            guard let args = pop(count) else { return .unknown }
            stack.append(nil)
            return .called(args[1].flatMap { try? EthAddress(Array($0.bytes.suffix(20))) })
        default: return .unknown
        }
        return .next
    }

    /// A PUSH cut off by the end of the code reads zeros for the missing bytes.
    private func pad(_ ins: EVMInstruction, _ op: UInt8) -> [UInt8] {
        let width = op == 0x5f ? 0 : Int(op) - 0x5f
        return [UInt8](repeating: 0, count: max(0, width - ins.immediate.count))
    }

    /// Pops `n` values, top first; nil when the stack is too shallow.
    private mutating func pop(_ n: Int) -> [EVMWord?]? {
        guard stack.count >= n else { return nil }
        let top = Array(stack.suffix(n).reversed())
        stack.removeLast(n)
        return top
    }

    private func arithmetic(_ op: UInt8, _ a: EVMWord?, _ b: EVMWord?) -> EVMWord? {
        guard let a, let b else { return nil }
        var out = [UInt8](repeating: 0, count: 32)
        var carry = 0
        for i in stride(from: 31, through: 0, by: -1) {
            let x = Int(a.bytes[i]), y = Int(b.bytes[i])
            var r = op == 0x01 ? x + y + carry : x - y - carry
            carry = 0
            if r > 255 { r -= 256; carry = 1 } else if r < 0 { r += 256; carry = 1 }
            out[i] = UInt8(r)
        }
        return try? EVMWord(bigEndian: out)
    }

    private func load(at offset: EVMWord?) -> EVMWord? {
        guard let calldata, let offset, offset.minimalBytes.count <= 4 else { return nil }
        let start = offset.minimalBytes.reduce(0) { $0 << 8 | Int($1) }
        var word = [UInt8](repeating: 0, count: 32)
        for i in 0..<32 where start + i < calldata.count { word[i] = calldata[start + i] }
        return try? EVMWord(bigEndian: word)
    }
}
