/// Integer arithmetic, comparisons and conversions between integer widths.
extension NativeCompiler {
    private static let aluByOp: [Op: X86Assembler.ALU] = [
        .i32Add: .add, .i32Sub: .sub, .i32And: .and, .i32Or: .or, .i32Xor: .xor,
        .i64Add: .add, .i64Sub: .sub, .i64And: .and, .i64Or: .or, .i64Xor: .xor,
        .i32AddK: .add, .i32AndK: .and, .i32OrK: .or, .i32XorK: .xor,
        .i64AddK: .add, .i64AndK: .and, .i64OrK: .or, .i64XorK: .xor,
    ]

    private static let comparisonByOp: [Op: X86Condition] = [
        .i32Eq: .equal, .i32Ne: .notEqual, .i32LtS: .less, .i32LtU: .below, .i32GtS: .greater, .i32GtU: .above,
        .i32LeS: .lessOrEqual, .i32LeU: .belowOrEqual, .i32GeS: .greaterOrEqual, .i32GeU: .aboveOrEqual,
        .i64Eq: .equal, .i64Ne: .notEqual, .i64LtS: .less, .i64LtU: .below, .i64GtS: .greater, .i64GtU: .above,
        .i64LeS: .lessOrEqual, .i64LeU: .belowOrEqual, .i64GeS: .greaterOrEqual, .i64GeU: .aboveOrEqual,
        .i32EqK: .equal, .i32NeK: .notEqual, .i32LtSK: .less, .i32LtUK: .below, .i32GtSK: .greater,
        .i32GtUK: .above, .i32LeSK: .lessOrEqual, .i32LeUK: .belowOrEqual, .i32GeSK: .greaterOrEqual,
        .i32GeUK: .aboveOrEqual,
        .i64EqK: .equal, .i64NeK: .notEqual, .i64LtSK: .less, .i64LtUK: .below, .i64GtSK: .greater,
        .i64GtUK: .above, .i64LeSK: .lessOrEqual, .i64LeUK: .belowOrEqual, .i64GeSK: .greaterOrEqual,
        .i64GeUK: .aboveOrEqual,
    ]

    private static let shiftByOp: [Op: X86Assembler.Shift] = [
        .i32Shl: .shl, .i32ShrS: .sar, .i32ShrU: .shr, .i32Rotl: .rol, .i32Rotr: .ror,
        .i64Shl: .shl, .i64ShrS: .sar, .i64ShrU: .shr, .i64Rotl: .rol, .i64Rotr: .ror,
        .i32ShlK: .shl, .i32ShrSK: .sar, .i32ShrUK: .shr, .i64ShlK: .shl, .i64ShrSK: .sar, .i64ShrUK: .shr,
    ]

    // Indexed by opcode: the translation looks one up per instruction.
    private static let alu = OpTable(aluByOp)
    private static let comparisons = OpTable(comparisonByOp)
    private static let shifts = OpTable(shiftByOp)

    private static func isWide(_ op: Op) -> Bool {
        (op.rawValue >= Op.i64Eqz.rawValue && op.rawValue <= Op.i64ShrUK.rawValue)
    }

    private static func hasImmediate(_ op: Op) -> Bool {
        (op.rawValue >= Op.i32EqK.rawValue && op.rawValue <= Op.i32ShrUK.rawValue)
            || (op.rawValue >= Op.i64EqK.rawValue && op.rawValue <= Op.i64ShrUK.rawValue)
    }

    /// Returns false when `op` is not an integer instruction done inline.
    mutating func integer(_ op: Op, _ w: UnsafePointer<UInt32>) -> Bool {
        let wide = Self.isWide(op)
        let immediate = Self.hasImmediate(op)
        let k = !immediate ? 0 : wide ? UInt64(w[3]) | UInt64(w[4]) << 32 : UInt64(w[3])
        if let alu = Self.alu[op] {
            load(.rax, w[2], wide)
            if immediate { aluImmediate(alu, k, wide) } else { a.alu(alu, .rax, slot(w[3]), w: wide) }
        } else if let c = Self.comparisons[op] {
            load(.rax, w[2], wide)
            if immediate { aluImmediate(.cmp, k, wide) } else { a.alu(.cmp, .rax, slot(w[3]), w: wide) }
            a.setCondition(c, .rax)
            a.zeroExtendByte(.rax, .rax)
        } else if let s = Self.shifts[op] {
            load(.rax, w[2], wide)
            if immediate {
                a.shift(s, .rax, by: UInt8(k & (wide ? 63 : 31)), w: wide)
            } else {
                a.load32(.rcx, slot(w[3]))
                a.shiftByCL(s, .rax, w: wide)
            }
        } else if !otherInteger(op, w, wide, k) {
            return false
        }
        a.store64(slot(w[1]), .rax)
        return true
    }

    private mutating func load(_ r: X86Register, _ s: UInt32, _ wide: Bool) {
        if wide { a.load64(r, slot(s)) } else { a.load32(r, slot(s)) }
    }

    private mutating func aluImmediate(_ op: X86Assembler.ALU, _ k: UInt64, _ wide: Bool) {
        if !wide {
            a.alu(op, .rax, immediate: Int32(bitPattern: UInt32(k)), w: false)
        } else if let s = Int32(exactly: Int64(bitPattern: k)) {
            a.alu(op, .rax, immediate: s, w: true)
        } else {
            a.movImmediate(.rcx, k)
            a.alu(op, .rax, .rcx, w: true)
        }
    }

    /// The rest, leaving the result in rax.
    private mutating func otherInteger(_ op: Op, _ w: UnsafePointer<UInt32>, _ wide: Bool, _ k: UInt64) -> Bool {
        switch op {
        case .i32Mul, .i64Mul:
            load(.rax, w[2], wide)
            a.imul(.rax, slot(w[3]), w: wide)
        case .i32MulK:
            a.load32(.rax, slot(w[2]))
            a.imul(.rax, .rax, immediate: Int32(bitPattern: w[3]), w: false)
        case .i64MulK:
            a.movImmediate(.rax, k)
            a.imul(.rax, slot(w[2]), w: true)
        case .i32Eqz, .i64Eqz:
            load(.rax, w[2], wide)
            a.test(.rax, .rax, w: wide)
            a.setCondition(.equal, .rax)
            a.zeroExtendByte(.rax, .rax)
        case .i32Clz, .i64Clz:
            // bsr leaves ZF set for zero; -1 there makes width-1 - index come out as the width.
            load(.rcx, w[2], wide)
            a.bitScanReverse(.rax, .rcx, w: wide)
            a.movImmediate(.rdx, wide ? UInt64.max : UInt64(UInt32.max))
            a.conditionalMove(.equal, .rax, .rdx, w: wide)
            a.movImmediate(.rcx, wide ? 63 : 31)
            a.alu(.sub, .rcx, .rax, w: wide)
            a.mov(.rax, .rcx)
        case .i32Ctz, .i64Ctz:
            load(.rcx, w[2], wide)
            a.bitScanForward(.rax, .rcx, w: wide)
            a.movImmediate(.rdx, wide ? 64 : 32)
            a.conditionalMove(.equal, .rax, .rdx, w: wide)
        case .i32Extend8S: a.loadSignExtend8(.rax, slot(w[2]), w: false)
        case .i32Extend16S: a.loadSignExtend16(.rax, slot(w[2]), w: false)
        case .i64Extend8S: a.loadSignExtend8(.rax, slot(w[2]), w: true)
        case .i64Extend16S: a.loadSignExtend16(.rax, slot(w[2]), w: true)
        case .i64Extend32S, .i64ExtendI32S: a.loadSignExtend32(.rax, slot(w[2]))
        case .i32WrapI64, .i64ExtendI32U: a.load32(.rax, slot(w[2]))
        case .i32DivS, .i32DivU, .i32RemS, .i32RemU, .i64DivS, .i64DivU, .i64RemS, .i64RemU:
            divide(op, w, wide)
        default: return false
        }
        return true
    }

    /// Traps on a zero divisor, and on the one signed quotient that overflows; the remainder of
    /// that case is zero, and `idiv` is skipped for it because it would fault.
    private mutating func divide(_ op: Op, _ w: UnsafePointer<UInt32>, _ wide: Bool) {
        let signed = op == .i32DivS || op == .i32RemS || op == .i64DivS || op == .i64RemS
        let remainder = op == .i32RemS || op == .i32RemU || op == .i64RemS || op == .i64RemU
        load(.rax, w[2], wide)
        load(.rcx, w[3], wide)
        a.test(.rcx, .rcx, w: wide)
        trap(.equal, .integerDivideByZero)
        var skip: Int?
        if signed {
            a.alu(.cmp, .rcx, immediate: -1, w: wide)
            let notMinusOne = a.jump(.notEqual)
            if remainder {
                a.alu(.xor, .rdx, .rdx, w: false)
                skip = a.jump()
            } else {
                a.movImmediate(.rdx, wide ? 1 << 63 : 1 << 31)
                a.alu(.cmp, .rax, .rdx, w: wide)
                trap(.equal, .integerOverflow)
            }
            a.link(notMinusOne, to: a.position)
            a.signExtendAccumulator(w: wide)
        } else {
            a.alu(.xor, .rdx, .rdx, w: false)
        }
        a.divide(.rcx, signed: signed, w: wide)
        if let skip { a.link(skip, to: a.position) }
        if remainder { a.mov(.rax, .rdx) }
        if !wide { a.mov32(.rax, .rax) }
    }
}
