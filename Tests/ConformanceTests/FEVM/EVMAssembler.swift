import Conformance

/// A tiny EVM assembler: opcodes to bytes, PUSH of the narrowest width that holds the value, and
/// named labels for JUMP/JUMPI targets. Labels are pushed with a fixed two-byte PUSH2, so every
/// item's size is known before any label is placed and one layout pass resolves them all.
struct EVMAssembler {
    private enum Item {
        case bytes([UInt8])
        /// A position (a JUMPDEST, or data such as the runtime code after the init code).
        case mark(String)
        /// PUSH2 of a mark's offset.
        case pushMark(String)

        var size: Int {
            switch self {
            case .bytes(let b): b.count
            case .mark: 0
            case .pushMark: 3
            }
        }
    }

    private var items: [Item] = []

    /// Assembles the program `build` writes.
    static func program(_ build: (inout EVMAssembler) -> Void) -> [UInt8] {
        var a = EVMAssembler()
        build(&a)
        return a.bytes
    }

    /// Init code that runs `constructor`, then returns `runtime` as the contract's code: the
    /// runtime bytes sit after the init code and CODECOPY copies them to memory 0.
    static func initcode(returning runtime: [UInt8], constructor: (inout EVMAssembler) -> Void = { _ in })
        -> [UInt8]
    {
        program { a in
            constructor(&a)
            a.push(runtime.count)
            a.op(.dup1)
            a.pushLabel("runtime")
            a.push(0)
            a.op(.codecopy)
            a.push(0)
            a.op(.return)
            a.mark("runtime")
            a.raw(runtime)
        }
    }

    mutating func op(_ code: EVMOpcode) { items.append(.bytes([code.rawValue])) }

    mutating func ops(_ codes: EVMOpcode...) { for c in codes { op(c) } }

    mutating func raw(_ bytes: [UInt8]) { items.append(.bytes(bytes)) }

    /// PUSH of the big-endian bytes exactly as given (1…32 of them; leading zeros are kept).
    mutating func push(bytes: [UInt8]) {
        precondition((1...32).contains(bytes.count), "PUSH takes 1 to 32 bytes")
        items.append(.bytes([EVMOpcode.push1.rawValue + UInt8(bytes.count - 1)] + bytes))
    }

    /// PUSH of the narrowest width that holds `value` (PUSH0 for zero).
    mutating func push(word value: EVMWord) {
        let significant = value.minimalBytes
        if significant.isEmpty {
            op(.push0)
        } else {
            push(bytes: significant)
        }
    }

    mutating func push(_ value: Int) {
        precondition(value >= 0, "EVM words are unsigned")
        push(word: EVMWord(UInt64(value)))
    }

    /// PUSH20 of an address (the word CALL and friends take).
    mutating func push(address: EthAddress) { push(bytes: address.bytes) }

    /// A JUMPDEST named `name`.
    mutating func jumpdest(_ name: String) {
        mark(name)
        op(.jumpdest)
    }

    /// A name for the current offset without an instruction (for data).
    mutating func mark(_ name: String) { items.append(.mark(name)) }

    /// PUSH2 of the offset of the mark or JUMPDEST `name` (placed before or after).
    mutating func pushLabel(_ name: String) { items.append(.pushMark(name)) }

    mutating func jump(to name: String) {
        pushLabel(name)
        op(.jump)
    }

    /// Jumps to `name` when the top of the stack is not zero (consumes it).
    mutating func jumpIf(to name: String) {
        pushLabel(name)
        op(.jumpi)
    }

    // MARK: - Common sequences

    /// Writes `bytes` to memory from `offset`, one MSTORE per 32 bytes (the last word zero-padded).
    mutating func store(bytes: [UInt8], at offset: Int) {
        var at = 0
        while at < bytes.count {
            let chunk = Array(bytes[at..<min(at + 32, bytes.count)])
            push(bytes: chunk + [UInt8](repeating: 0, count: 32 - chunk.count))
            push(offset + at)
            op(.mstore)
            at += 32
        }
    }

    /// SSTORE(`slot`, top of stack).
    mutating func storeTop(inSlot slot: Int) {
        push(slot)
        op(.sstore)
    }

    /// Returns the top of the stack as one 32-byte word.
    mutating func returnTop() {
        push(0)
        op(.mstore)
        push(32)
        push(0)
        op(.return)
    }

    /// Returns memory `[offset, offset + size)`.
    mutating func returnMemory(offset: Int, size: Int) {
        push(size)
        push(offset)
        op(.return)
    }

    /// Copies the whole call data to memory 0.
    mutating func copyCalldata() {
        op(.calldatasize)
        push(0)
        push(0)
        op(.calldatacopy)
    }

    /// CALL, STATICCALL or DELEGATECALL of `target` with memory `[argsOffset, +argsSize)` as
    /// input and `[retOffset, +retSize)` for the output; leaves the success flag on the stack.
    /// `gas` nil forwards all the gas left (GAS); `value` is for CALL only.
    mutating func call(
        _ kind: EVMOpcode, to target: EthAddress, gas: Int? = nil, value: Int = 0,
        args: (offset: Int, size: Int) = (0, 0),
        ret: (offset: Int, size: Int) = (0, 0)
    ) {
        precondition([.call, .staticcall, .delegatecall].contains(kind), "not a call instruction")
        precondition(kind == .call || value == 0, "only CALL carries value")
        push(ret.size)
        push(ret.offset)
        push(args.size)
        push(args.offset)
        if kind == .call { push(value) }
        push(address: target)
        if let gas { push(gas) } else { op(.gas) }
        op(kind)
    }

    // MARK: - Layout

    var bytes: [UInt8] {
        var offsets: [String: Int] = [:]
        var at = 0
        for item in items {
            if case .mark(let name) = item {
                precondition(offsets[name] == nil, "label \(name) placed twice")
                offsets[name] = at
            }
            at += item.size
        }
        var out: [UInt8] = []
        out.reserveCapacity(at)
        for item in items {
            switch item {
            case .bytes(let b): out += b
            case .mark: break
            case .pushMark(let name):
                guard let target = offsets[name], target <= 0xffff else {
                    preconditionFailure("label \(name) is never placed or lies beyond PUSH2")
                }
                out += [EVMOpcode.push2.rawValue, UInt8(target >> 8), UInt8(target & 0xff)]
            }
        }
        return out
    }
}
