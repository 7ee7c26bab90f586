/// An x86-64 general-purpose register, numbered as the instruction encoding numbers it.
enum X86Register: UInt8 {
    case rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15

    var low: UInt8 { rawValue & 7 }
    var high: UInt8 { rawValue >> 3 }
}

/// An x86 condition code, as encoded in `jcc`, `setcc` and `cmovcc`.
enum X86Condition: UInt8 {
    case overflow, noOverflow, below, aboveOrEqual, equal, notEqual, belowOrEqual, above
    case sign, notSign, parity, noParity, less, greaterOrEqual, lessOrEqual, greater
}

/// A memory operand `[base + index * scale + displacement]`.
struct X86Memory {
    var base: X86Register
    var index: X86Register? = nil
    var scale: UInt8 = 1
    var displacement: Int32 = 0
}

/// Emits x86-64 machine code into a byte buffer: only the instruction forms the native
/// translation of the internal code needs, each encoded with its REX prefix and ModRM/SIB bytes.
struct X86Assembler {
    private(set) var bytes: [UInt8] = []

    var position: Int { bytes.count }

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func int32(_ v: Int32) {
        let u = UInt32(bitPattern: v)
        byte(UInt8(u & 0xFF))
        byte(UInt8(u >> 8 & 0xFF))
        byte(UInt8(u >> 16 & 0xFF))
        byte(UInt8(u >> 24))
    }

    mutating func int64(_ v: UInt64) {
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
    }

    /// Overwrites the 32-bit field at `at` with `value`.
    mutating func patch32(at: Int, _ value: Int32) {
        let u = UInt32(bitPattern: value)
        for i in 0..<4 { bytes[at + i] = UInt8(truncatingIfNeeded: u >> (8 * UInt32(i))) }
    }

    /// Writes a REX prefix when one is needed: 64-bit operand size, an extended register, or a
    /// byte register beyond the legacy four.
    private mutating func rex(w: Bool, reg: UInt8, index: UInt8, base: UInt8, force: Bool = false) {
        let r: UInt8 = (w ? 8 : 0) | (reg >> 3) << 2 | (index >> 3) << 1 | (base >> 3)
        if r != 0 || force { byte(0x40 | r) }
    }

    /// One opcode byte, or two for the 0x0F escape (written as 0x0FXX).
    private mutating func opcode(_ op: UInt16) {
        if op > 0xFF { byte(0x0F) }
        byte(UInt8(truncatingIfNeeded: op))
    }

    /// Emits `opcode` with a register and a memory operand.
    mutating func rm(_ opcode: UInt16, w: Bool, reg: UInt8, _ m: X86Memory, prefix: UInt8? = nil) {
        if let prefix { byte(prefix) }
        rex(w: w, reg: reg, index: m.index?.rawValue ?? 0, base: m.base.rawValue)
        self.opcode(opcode)
        let d = m.displacement
        let mod: UInt8 = d == 0 && m.base.low != 5 ? 0 : (Int8(exactly: d) != nil ? 1 : 2)
        if let index = m.index {
            byte(mod << 6 | (reg & 7) << 3 | 4)
            let s: UInt8 = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0
            byte(s << 6 | index.low << 3 | m.base.low)
        } else if m.base.low == 4 {
            byte(mod << 6 | (reg & 7) << 3 | 4)
            byte(0x24)
        } else {
            byte(mod << 6 | (reg & 7) << 3 | m.base.low)
        }
        if mod == 1 { byte(UInt8(bitPattern: Int8(d))) } else if mod == 2 { int32(d) }
    }

    /// Emits `opcode` with two register operands (`reg` in ModRM.reg, `rm` in ModRM.rm).
    mutating func rr(_ opcode: UInt16, w: Bool, reg: UInt8, rm: X86Register, forceRex: Bool = false) {
        rex(w: w, reg: reg, index: 0, base: rm.rawValue, force: forceRex)
        self.opcode(opcode)
        byte(0xC0 | (reg & 7) << 3 | rm.low)
    }

    // MARK: Moves

    mutating func load64(_ r: X86Register, _ m: X86Memory) { rm(0x8B, w: true, reg: r.rawValue, m) }
    mutating func load32(_ r: X86Register, _ m: X86Memory) { rm(0x8B, w: false, reg: r.rawValue, m) }
    mutating func store64(_ m: X86Memory, _ r: X86Register) { rm(0x89, w: true, reg: r.rawValue, m) }
    mutating func store32(_ m: X86Memory, _ r: X86Register) { rm(0x89, w: false, reg: r.rawValue, m) }
    mutating func store16(_ m: X86Memory, _ r: X86Register) {
        rm(0x89, w: false, reg: r.rawValue, m, prefix: 0x66)
    }
    mutating func store8(_ m: X86Memory, _ r: X86Register) {
        precondition(r.rawValue < 4, "byte stores use al, cl, dl or bl")
        rm(0x88, w: false, reg: r.rawValue, m)
    }
    mutating func loadZeroExtend8(_ r: X86Register, _ m: X86Memory) { rm(0x0FB6, w: false, reg: r.rawValue, m) }
    mutating func loadZeroExtend16(_ r: X86Register, _ m: X86Memory) {
        rm(0x0FB7, w: false, reg: r.rawValue, m)
    }
    mutating func loadSignExtend8(_ r: X86Register, _ m: X86Memory, w: Bool) {
        rm(0x0FBE, w: w, reg: r.rawValue, m)
    }
    mutating func loadSignExtend16(_ r: X86Register, _ m: X86Memory, w: Bool) {
        rm(0x0FBF, w: w, reg: r.rawValue, m)
    }
    mutating func loadSignExtend32(_ r: X86Register, _ m: X86Memory) { rm(0x63, w: true, reg: r.rawValue, m) }
    mutating func lea(_ r: X86Register, _ m: X86Memory) { rm(0x8D, w: true, reg: r.rawValue, m) }

    mutating func mov(_ d: X86Register, _ s: X86Register) { rr(0x89, w: true, reg: s.rawValue, rm: d) }
    mutating func mov32(_ d: X86Register, _ s: X86Register) { rr(0x89, w: false, reg: s.rawValue, rm: d) }

    /// Loads a constant with the shortest encoding that gives the same 64-bit register value.
    mutating func movImmediate(_ r: X86Register, _ v: UInt64) {
        if v <= UInt64(UInt32.max) {
            rex(w: false, reg: 0, index: 0, base: r.rawValue)
            byte(0xB8 + r.low)
            int32(Int32(bitPattern: UInt32(v)))
        } else if let s = Int32(exactly: Int64(bitPattern: v)) {
            rex(w: true, reg: 0, index: 0, base: r.rawValue)
            byte(0xC7)
            byte(0xC0 | r.low)
            int32(s)
        } else {
            rex(w: true, reg: 0, index: 0, base: r.rawValue)
            byte(0xB8 + r.low)
            int64(v)
        }
    }

    /// `mov qword [m], imm32` (sign-extended).
    mutating func storeImmediate64(_ m: X86Memory, _ v: Int32) {
        rm(0xC7, w: true, reg: 0, m)
        int32(v)
    }

    // MARK: Arithmetic

    /// The eight classic ALU operations, numbered as their `/digit` in the immediate forms.
    enum ALU: UInt8 { case add = 0, or, adc, sbb, and, sub, xor, cmp }

    mutating func alu(_ op: ALU, _ r: X86Register, _ m: X86Memory, w: Bool) {
        rm(UInt16(op.rawValue << 3 | 3), w: w, reg: r.rawValue, m)
    }
    mutating func alu(_ op: ALU, _ d: X86Register, _ s: X86Register, w: Bool) {
        rr(UInt16(op.rawValue << 3 | 1), w: w, reg: s.rawValue, rm: d)
    }
    mutating func alu(_ op: ALU, _ r: X86Register, immediate v: Int32, w: Bool) {
        if let b = Int8(exactly: v) {
            rr(0x83, w: w, reg: op.rawValue, rm: r)
            byte(UInt8(bitPattern: b))
        } else {
            rr(0x81, w: w, reg: op.rawValue, rm: r)
            int32(v)
        }
    }
    mutating func alu(_ op: ALU, _ m: X86Memory, immediate v: Int32, w: Bool) {
        if let b = Int8(exactly: v) {
            rm(0x83, w: w, reg: op.rawValue, m)
            byte(UInt8(bitPattern: b))
        } else {
            rm(0x81, w: w, reg: op.rawValue, m)
            int32(v)
        }
    }

    mutating func test(_ a: X86Register, _ b: X86Register, w: Bool) { rr(0x85, w: w, reg: b.rawValue, rm: a) }
    mutating func imul(_ r: X86Register, _ m: X86Memory, w: Bool) { rm(0x0FAF, w: w, reg: r.rawValue, m) }
    mutating func imul(_ d: X86Register, _ s: X86Register, immediate v: Int32, w: Bool) {
        rr(0x69, w: w, reg: d.rawValue, rm: s)
        int32(v)
    }

    /// Shift and rotate kinds, numbered as their `/digit`.
    enum Shift: UInt8 { case rol = 0, ror = 1, shl = 4, shr = 5, sar = 7 }

    mutating func shiftByCL(_ kind: Shift, _ r: X86Register, w: Bool) { rr(0xD3, w: w, reg: kind.rawValue, rm: r) }
    mutating func shift(_ kind: Shift, _ r: X86Register, by count: UInt8, w: Bool) {
        rr(0xC1, w: w, reg: kind.rawValue, rm: r)
        byte(count)
    }

    /// Sign-extends the accumulator into rdx (`cdq` / `cqo`).
    mutating func signExtendAccumulator(w: Bool) {
        if w { byte(0x48) }
        byte(0x99)
    }
    mutating func divide(_ r: X86Register, signed: Bool, w: Bool) { rr(0xF7, w: w, reg: signed ? 7 : 6, rm: r) }

    mutating func bitScanReverse(_ d: X86Register, _ s: X86Register, w: Bool) {
        rr(0x0FBD, w: w, reg: d.rawValue, rm: s)
    }
    mutating func bitScanForward(_ d: X86Register, _ s: X86Register, w: Bool) {
        rr(0x0FBC, w: w, reg: d.rawValue, rm: s)
    }

    mutating func setCondition(_ c: X86Condition, _ r: X86Register) {
        rr(0x0F90 | UInt16(c.rawValue), w: false, reg: 0, rm: r, forceRex: r.rawValue >= 4)
    }
    mutating func zeroExtendByte(_ d: X86Register, _ s: X86Register) {
        rr(0x0FB6, w: false, reg: d.rawValue, rm: s)
    }
    mutating func conditionalMove(_ c: X86Condition, _ d: X86Register, _ s: X86Register, w: Bool) {
        rr(0x0F40 | UInt16(c.rawValue), w: w, reg: d.rawValue, rm: s)
    }
    mutating func conditionalMove(_ c: X86Condition, _ d: X86Register, _ m: X86Memory, w: Bool) {
        rm(0x0F40 | UInt16(c.rawValue), w: w, reg: d.rawValue, m)
    }

    // MARK: Control

    /// Emits `jmp rel32` and returns the position of its displacement, for patching.
    @discardableResult mutating func jump() -> Int {
        byte(0xE9)
        int32(0)
        return position - 4
    }

    @discardableResult mutating func jump(_ c: X86Condition) -> Int {
        byte(0x0F)
        byte(0x80 | c.rawValue)
        int32(0)
        return position - 4
    }

    @discardableResult mutating func call() -> Int {
        byte(0xE8)
        int32(0)
        return position - 4
    }

    mutating func call(_ r: X86Register) { rr(0xFF, w: false, reg: 2, rm: r) }
    mutating func call(_ m: X86Memory) { rm(0xFF, w: false, reg: 2, m) }
    mutating func jump(_ r: X86Register) { rr(0xFF, w: false, reg: 4, rm: r) }
    mutating func ret() { byte(0xC3) }

    mutating func push(_ r: X86Register) {
        if r.high != 0 { byte(0x41) }
        byte(0x50 + r.low)
    }
    mutating func pop(_ r: X86Register) {
        if r.high != 0 { byte(0x41) }
        byte(0x58 + r.low)
    }

    /// `rep stosq`: fills rcx quadwords at rdi with rax.
    mutating func repeatStoreQuadwords() {
        byte(0xF3)
        byte(0x48)
        byte(0xAB)
    }

    /// `lea r, [rip + rel32]`; returns the displacement's position, for patching.
    mutating func leaRelative(_ r: X86Register) -> Int {
        rex(w: true, reg: r.rawValue, index: 0, base: 0)
        byte(0x8D)
        byte(r.low << 3 | 5)
        int32(0)
        return position - 4
    }

    /// Points the rel32 field at `field` to the absolute position `target`.
    mutating func link(_ field: Int, to target: Int) { patch32(at: field, Int32(target - (field + 4))) }
}
