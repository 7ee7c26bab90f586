import BigInt
import Foundation

/// A constant folder for the start of EVM code: enough to see which address a dispatcher calls
/// and where a jump lands. Values it cannot know are nil; an instruction outside its small set
/// ends the folding (`unknown`), which callers treat as "could do anything".
struct StackFolder: Hashable {
    enum Step {
        case next
        /// A CALL-family instruction to this address (nil: not a constant).
        case called(EthAddress?)
        case halted
        case unknown
    }

    let calldata: [UInt8]?
    private(set) var stack: [EVMWord?] = []
    /// Bytes written at known offsets; nil once something was written at an unknown offset.
    private var memory: [UInt64: UInt8?]? = [:]

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
        case 0x01, 0x02, 0x03, 0x10, 0x11, 0x14, 0x16, 0x17, 0x18:
            guard let args = pop(2) else { return .unknown }
            stack.append(Self.binary(op, args[0], args[1]))
        case 0x15:
            guard let args = pop(1) else { return .unknown }
            stack.append(args[0].map { $0.isZero ? EVMWord(1) : .zero })
        case 0x35:
            guard let args = pop(1) else { return .unknown }
            stack.append(load(at: args[0]))
        case 0x5a, 0x34, 0x36, 0x30, 0x32, 0x33: stack.append(nil)
        case 0x51:
            guard let args = pop(1) else { return .unknown }
            stack.append(mload(args[0]))
        case 0x52, 0x53:
            guard let args = pop(2) else { return .unknown }
            mstore(args[0], args[1], width: op == 0x52 ? 32 : 1)
        case 0xf1, 0xf2, 0xf4, 0xfa:
            let count = (op == 0xf1 || op == 0xf2) ? 7 : 6
            guard let args = pop(count) else { return .unknown }
            stack.append(nil)
            return .called(args[1].flatMap { try? EthAddress(Array($0.bytes.suffix(20))) })
        default: return .unknown
        }
        return .next
    }

    /// Pops a jump's destination (and JUMPI's condition): the target (nil when it cannot be a
    /// code offset) and whether it is taken; nil when either is unknown.
    mutating func jump(_ conditional: Bool) -> (target: Int?, taken: Bool)? {
        guard let args = pop(conditional ? 2 : 1), let target = args[0] else { return nil }
        let bytes = target.minimalBytes
        let pc = bytes.count <= 4 ? bytes.reduce(0) { $0 << 8 | Int($1) } : nil
        guard conditional else { return (pc, true) }
        guard let condition = args[1] else { return nil }
        return (pc, !condition.isZero)
    }

    /// Pops `n` values it does not need (SSTORE's); false when the stack is too shallow.
    mutating func discard(_ n: Int) -> Bool { pop(n) != nil }

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

    /// ADD, MUL, SUB, LT, GT, EQ, AND, OR, XOR on known words, modulo 2^256.
    private static func binary(_ op: UInt8, _ a: EVMWord?, _ b: EVMWord?) -> EVMWord? {
        guard let a, let b else { return nil }
        let x = BigUInt(Data(a.bytes)), y = BigUInt(Data(b.bytes))
        let modulus = BigUInt(1) << 256
        let r: BigUInt
        switch op {
        case 0x01: r = (x + y) % modulus
        case 0x02: r = (x * y) % modulus
        case 0x03: r = (x + modulus - y) % modulus
        case 0x10: r = x < y ? 1 : 0
        case 0x11: r = x > y ? 1 : 0
        case 0x14: r = x == y ? 1 : 0
        case 0x16: r = x & y
        case 0x17: r = x | y
        default: r = x ^ y
        }
        return try? EVMWord(bigEndian: [UInt8](r.serialize()))
    }

    private func load(at offset: EVMWord?) -> EVMWord? {
        guard let calldata, let offset, offset.minimalBytes.count <= 4 else { return nil }
        let start = offset.minimalBytes.reduce(0) { $0 << 8 | Int($1) }
        var word = [UInt8](repeating: 0, count: 32)
        for i in 0..<32 where start + i < calldata.count { word[i] = calldata[start + i] }
        return try? EVMWord(bigEndian: word)
    }

    /// Memory never written reads zero, as the EVM's does.
    private func mload(_ offset: EVMWord?) -> EVMWord? {
        guard let memory, let offset, offset.minimalBytes.count <= 4 else { return nil }
        let start = offset.minimalBytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        var word: [UInt8] = []
        for i in 0..<UInt64(32) {
            guard let byte = memory[start + i] ?? 0 else { return nil }
            word.append(byte)
        }
        return try? EVMWord(bigEndian: word)
    }

    private mutating func mstore(_ offset: EVMWord?, _ value: EVMWord?, width: Int) {
        guard memory != nil, let offset, offset.minimalBytes.count <= 4 else {
            memory = nil
            return
        }
        let start = offset.minimalBytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let bytes: [UInt8?] =
            value.map { Array($0.bytes.suffix(width)).map { Optional($0) } }
            ?? [UInt8?](repeating: nil, count: width)
        for (i, b) in bytes.enumerated() { memory?[start + UInt64(i)] = .some(b) }
    }
}
