extension Op {
    /// Words the instruction occupies (opcode included), given its words for `brTable`.
    func length(_ words: UnsafePointer<UInt32>) -> Int {
        switch self {
        case .unreachable, .ret0: 1
        case .br, .ret1, .canonicalizeF32, .canonicalizeF64, .memorySize, .dataDrop, .elemDrop: 2
        case .brIfNez, .brIfEqz, .brIfI64Nez, .brIfI64Eqz, .call, .copy, .const32, .globalGet,
            .globalSet,
            .globalAddI32, .memoryGrow:
            3
        case .brTable: 4 + 2 * (Int(words[3]) + 1)
        case .callIndirect, .const64, .globalAddI64, .globalAddTee, .stackGuard, .guardedCall, .memoryCopy,
            .memoryFill, .tableCopy:
            4
        case .select, .gasCharge, .memoryInit, .tableInit: 5
        case .i64EqK, .i64NeK, .i64LtSK, .i64LtUK, .i64GtSK, .i64GtUK, .i64LeSK, .i64LeUK, .i64GeSK,
            .i64GeUK,
            .i64AddK, .i64MulK, .i64AndK, .i64OrK, .i64XorK, .i64ShlK, .i64ShrSK, .i64ShrUK:
            5
        default: Self.isUnary(self) ? 3 : 4
        }
    }

    private static func isUnary(_ op: Op) -> Bool {
        switch op {
        case .i32Eqz, .i32Clz, .i32Ctz, .i32Popcnt, .i32Extend8S, .i32Extend16S, .i64Eqz, .i64Clz,
            .i64Ctz,
            .i64Popcnt, .i64Extend8S, .i64Extend16S, .i64Extend32S, .f32Abs, .f32Neg, .f32Ceil, .f32Floor,
            .f32Trunc,
            .f32Nearest, .f32Sqrt, .f64Abs, .f64Neg, .f64Ceil, .f64Floor, .f64Trunc, .f64Nearest,
            .f64Sqrt:
            true
        default:
            op.rawValue >= Op.i32WrapI64.rawValue
        }
    }
}

extension CompiledModule {
    /// The internal instructions of a defined function, for tests and diagnostics.
    func instructions(ofFunction index: Int) -> [Op] {
        let f = functions[index - structure.importedFunctionCount]
        let end =
            functions.count > index - structure.importedFunctionCount + 1
            ? functions[index - structure.importedFunctionCount + 1].codeOffset : codeCount
        var pc = f.codeOffset
        var ops: [Op] = []
        while pc < end {
            let op = UnsafeRawPointer(code + pc).load(as: Op.self)
            ops.append(op)
            pc += op.length(code + pc)
        }
        return ops
    }
}
