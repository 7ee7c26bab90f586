/// How a plain numeric Wasm opcode validates and which internal op executes it.
struct NumericSignature {
    var op: Op
    var inputs: [ValueType]
    var output: ValueType
    /// The form taking its second operand as an immediate, when there is one.
    var immediate: Op?
    /// A float arithmetic result that NaN canonicalisation must normalise.
    var producesArithmeticNaN = false
    /// The opcode whose result is the logical negation (integer comparisons), for inverted branches.
    var branch: (op: Op, immediate: Op?)? = nil

    /// Signatures indexed by the one-byte opcode (0x45...0xC4).
    static let table: [NumericSignature?] = {
        var t = [NumericSignature?](repeating: nil, count: 256)
        func un(_ code: Int, _ op: Op, _ a: ValueType, _ r: ValueType, nan: Bool = false) {
            t[code] = NumericSignature(
                op: op, inputs: [a], output: r, immediate: nil, producesArithmeticNaN: nan)
        }
        func bin(
            _ code: Int, _ op: Op, _ a: ValueType, _ r: ValueType, _ k: Op? = nil, nan: Bool = false,
            branch: (Op, Op?)? = nil
        ) {
            t[code] = NumericSignature(
                op: op, inputs: [a, a], output: r, immediate: k, producesArithmeticNaN: nan,
                branch: branch.map { (op: $0.0, immediate: $0.1) })
        }
        un(0x45, .i32Eqz, .i32, .i32)
        bin(0x46, .i32Eq, .i32, .i32, .i32EqK, branch: (.brIfEq, .brIfEqK))
        bin(0x47, .i32Ne, .i32, .i32, .i32NeK, branch: (.brIfNe, .brIfNeK))
        bin(0x48, .i32LtS, .i32, .i32, .i32LtSK, branch: (.brIfLtS, .brIfLtSK))
        bin(0x49, .i32LtU, .i32, .i32, .i32LtUK, branch: (.brIfLtU, .brIfLtUK))
        bin(0x4A, .i32GtS, .i32, .i32, .i32GtSK, branch: (.brIfGtS, .brIfGtSK))
        bin(0x4B, .i32GtU, .i32, .i32, .i32GtUK, branch: (.brIfGtU, .brIfGtUK))
        bin(0x4C, .i32LeS, .i32, .i32, .i32LeSK, branch: (.brIfLeS, .brIfLeSK))
        bin(0x4D, .i32LeU, .i32, .i32, .i32LeUK, branch: (.brIfLeU, .brIfLeUK))
        bin(0x4E, .i32GeS, .i32, .i32, .i32GeSK, branch: (.brIfGeS, .brIfGeSK))
        bin(0x4F, .i32GeU, .i32, .i32, .i32GeUK, branch: (.brIfGeU, .brIfGeUK))
        un(0x50, .i64Eqz, .i64, .i32)
        bin(0x51, .i64Eq, .i64, .i32, .i64EqK)
        bin(0x52, .i64Ne, .i64, .i32, .i64NeK)
        bin(0x53, .i64LtS, .i64, .i32, .i64LtSK)
        bin(0x54, .i64LtU, .i64, .i32, .i64LtUK)
        bin(0x55, .i64GtS, .i64, .i32, .i64GtSK)
        bin(0x56, .i64GtU, .i64, .i32, .i64GtUK)
        bin(0x57, .i64LeS, .i64, .i32, .i64LeSK)
        bin(0x58, .i64LeU, .i64, .i32, .i64LeUK)
        bin(0x59, .i64GeS, .i64, .i32, .i64GeSK)
        bin(0x5A, .i64GeU, .i64, .i32, .i64GeUK)
        let fcmp: [Op] = [
            .f32Eq, .f32Ne, .f32Lt, .f32Gt, .f32Le, .f32Ge, .f64Eq, .f64Ne, .f64Lt, .f64Gt, .f64Le,
            .f64Ge,
        ]
        for (i, op) in fcmp.enumerated() { bin(0x5B + i, op, i < 6 ? .f32 : .f64, .i32) }
        un(0x67, .i32Clz, .i32, .i32)
        un(0x68, .i32Ctz, .i32, .i32)
        un(0x69, .i32Popcnt, .i32, .i32)
        let i32ops: [(Op, Op?)] = [
            (.i32Add, .i32AddK), (.i32Sub, nil), (.i32Mul, .i32MulK), (.i32DivS, nil), (.i32DivU, nil),
            (.i32RemS, nil), (.i32RemU, nil), (.i32And, .i32AndK), (.i32Or, .i32OrK), (.i32Xor, .i32XorK),
            (.i32Shl, .i32ShlK), (.i32ShrS, .i32ShrSK), (.i32ShrU, .i32ShrUK), (.i32Rotl, nil),
            (.i32Rotr, nil),
        ]
        for (i, (op, k)) in i32ops.enumerated() { bin(0x6A + i, op, .i32, .i32, k) }
        un(0x79, .i64Clz, .i64, .i64)
        un(0x7A, .i64Ctz, .i64, .i64)
        un(0x7B, .i64Popcnt, .i64, .i64)
        let i64ops: [(Op, Op?)] = [
            (.i64Add, .i64AddK), (.i64Sub, nil), (.i64Mul, .i64MulK), (.i64DivS, nil), (.i64DivU, nil),
            (.i64RemS, nil), (.i64RemU, nil), (.i64And, .i64AndK), (.i64Or, .i64OrK), (.i64Xor, .i64XorK),
            (.i64Shl, .i64ShlK), (.i64ShrS, .i64ShrSK), (.i64ShrU, .i64ShrUK), (.i64Rotl, nil),
            (.i64Rotr, nil),
        ]
        for (i, (op, k)) in i64ops.enumerated() { bin(0x7C + i, op, .i64, .i64, k) }
        let f32un: [(Op, Bool)] = [
            (.f32Abs, false), (.f32Neg, false), (.f32Ceil, true), (.f32Floor, true), (.f32Trunc, true),
            (.f32Nearest, true), (.f32Sqrt, true),
        ]
        for (i, (op, nan)) in f32un.enumerated() { un(0x8B + i, op, .f32, .f32, nan: nan) }
        let f32bin: [Op] = [.f32Add, .f32Sub, .f32Mul, .f32Div, .f32Min, .f32Max, .f32Copysign]
        for (i, op) in f32bin.enumerated() { bin(0x92 + i, op, .f32, .f32, nan: op != .f32Copysign) }
        let f64un: [(Op, Bool)] = [
            (.f64Abs, false), (.f64Neg, false), (.f64Ceil, true), (.f64Floor, true), (.f64Trunc, true),
            (.f64Nearest, true), (.f64Sqrt, true),
        ]
        for (i, (op, nan)) in f64un.enumerated() { un(0x99 + i, op, .f64, .f64, nan: nan) }
        let f64bin: [Op] = [.f64Add, .f64Sub, .f64Mul, .f64Div, .f64Min, .f64Max, .f64Copysign]
        for (i, op) in f64bin.enumerated() { bin(0xA0 + i, op, .f64, .f64, nan: op != .f64Copysign) }
        un(0xA7, .i32WrapI64, .i64, .i32)
        un(0xA8, .i32TruncF32S, .f32, .i32)
        un(0xA9, .i32TruncF32U, .f32, .i32)
        un(0xAA, .i32TruncF64S, .f64, .i32)
        un(0xAB, .i32TruncF64U, .f64, .i32)
        un(0xAC, .i64ExtendI32S, .i32, .i64)
        un(0xAD, .i64ExtendI32U, .i32, .i64)
        un(0xAE, .i64TruncF32S, .f32, .i64)
        un(0xAF, .i64TruncF32U, .f32, .i64)
        un(0xB0, .i64TruncF64S, .f64, .i64)
        un(0xB1, .i64TruncF64U, .f64, .i64)
        un(0xB2, .f32ConvertI32S, .i32, .f32)
        un(0xB3, .f32ConvertI32U, .i32, .f32)
        un(0xB4, .f32ConvertI64S, .i64, .f32)
        un(0xB5, .f32ConvertI64U, .i64, .f32)
        // Promote and demote are outside the canonicalised set of the Cranelift versions the FVM
        // pins (added only in later ones): their NaNs keep the host conversion's bits.
        un(0xB6, .f32DemoteF64, .f64, .f32)
        un(0xB7, .f64ConvertI32S, .i32, .f64)
        un(0xB8, .f64ConvertI32U, .i32, .f64)
        un(0xB9, .f64ConvertI64S, .i64, .f64)
        un(0xBA, .f64ConvertI64U, .i64, .f64)
        un(0xBB, .f64PromoteF32, .f32, .f64)
        return t
    }()

    /// Sign-extension opcodes 0xC0...0xC4.
    static let signExtension: [NumericSignature] = [
        NumericSignature(op: .i32Extend8S, inputs: [.i32], output: .i32, immediate: nil),
        NumericSignature(op: .i32Extend16S, inputs: [.i32], output: .i32, immediate: nil),
        NumericSignature(op: .i64Extend8S, inputs: [.i64], output: .i64, immediate: nil),
        NumericSignature(op: .i64Extend16S, inputs: [.i64], output: .i64, immediate: nil),
        NumericSignature(op: .i64Extend32S, inputs: [.i64], output: .i64, immediate: nil),
    ]

    /// Saturating truncations, 0xFC 0...7.
    static let saturating: [NumericSignature] = [
        NumericSignature(op: .i32TruncSatF32S, inputs: [.f32], output: .i32, immediate: nil),
        NumericSignature(op: .i32TruncSatF32U, inputs: [.f32], output: .i32, immediate: nil),
        NumericSignature(op: .i32TruncSatF64S, inputs: [.f64], output: .i32, immediate: nil),
        NumericSignature(op: .i32TruncSatF64U, inputs: [.f64], output: .i32, immediate: nil),
        NumericSignature(op: .i64TruncSatF32S, inputs: [.f32], output: .i64, immediate: nil),
        NumericSignature(op: .i64TruncSatF32U, inputs: [.f32], output: .i64, immediate: nil),
        NumericSignature(op: .i64TruncSatF64S, inputs: [.f64], output: .i64, immediate: nil),
        NumericSignature(op: .i64TruncSatF64U, inputs: [.f64], output: .i64, immediate: nil),
    ]
}
