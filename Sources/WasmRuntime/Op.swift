/// The internal instruction set. Operands follow the opcode word in the code stream: `d` is a
/// destination slot, `a`/`b`/`c` source slots, `k` a 32-bit immediate, `K` a 64-bit immediate
/// (two words, low first), `o` a branch offset in words relative to the instruction's first word.
/// Slots index the frame: parameters, then locals, then the operand stack.
///
/// The declaration order is the encoding, so the interpreter can read an opcode word as `Op`.
enum Op: UInt16 {
    // Control.
    case unreachable  // -
    case br  // o
    case brIfNez, brIfEqz  // a o
    case brIfI64Nez, brIfI64Eqz  // a o
    case brIfEq, brIfNe, brIfLtS, brIfLtU, brIfGtS, brIfGtU, brIfLeS, brIfLeU, brIfGeS, brIfGeU  // a b o
    case brIfEqK, brIfNeK, brIfLtSK, brIfLtUK, brIfGtSK, brIfGtUK, brIfLeSK, brIfLeUK, brIfGeSK,
        brIfGeUK  // a k o
    case brTable  // a v n (o d)*(n+1): index slot, value slot (or ~0), n labels then the default
    case guardedCall  // g k m, then a `call`: a stack guard that falls through into the call
    case call  // f h: function index, callee frame start
    case callIndirect  // t h a: canonical type id, callee frame start, table index slot
    case ret0  // -
    case ret1  // a
    case copy  // d a
    case const32  // d k
    case const64  // d K
    case select  // d a b c
    case globalGet  // d g
    case globalSet  // g a
    case globalAddI32  // g k
    case globalAddI64  // g K
    case globalAddTee  // g k l: local l = G + k; G = local l (a shadow-stack prologue)
    case gasCharge  // g K l: G += K; local l = G; trap when G < 0
    case stackGuard  // g k m: G += k; trap when G > m (unsigned)
    case canonicalizeF32, canonicalizeF64  // d

    // Memory: loads `d a off`, stores `a v off`.
    case i32Load, i64Load, f32Load, f64Load
    case i32Load8S, i32Load8U, i32Load16S, i32Load16U
    case i64Load8S, i64Load8U, i64Load16S, i64Load16U, i64Load32S, i64Load32U
    case i32Store, i64Store, i32Store8, i32Store16, i64Store8, i64Store16, i64Store32
    case memorySize  // d
    case memoryGrow  // d a
    case memoryCopy, memoryFill  // a b c
    case memoryInit  // s a b c
    case dataDrop  // s
    case tableInit  // s a b c
    case tableCopy  // a b c
    case elemDrop  // s

    // i32 (`d a` unary, `d a b` binary, `d a k` immediate).
    case i32Eqz, i32Clz, i32Ctz, i32Popcnt, i32Extend8S, i32Extend16S
    case i32Eq, i32Ne, i32LtS, i32LtU, i32GtS, i32GtU, i32LeS, i32LeU, i32GeS, i32GeU
    case i32Add, i32Sub, i32Mul, i32DivS, i32DivU, i32RemS, i32RemU
    case i32And, i32Or, i32Xor, i32Shl, i32ShrS, i32ShrU, i32Rotl, i32Rotr
    case i32EqK, i32NeK, i32LtSK, i32LtUK, i32GtSK, i32GtUK, i32LeSK, i32LeUK, i32GeSK, i32GeUK
    case i32AddK, i32MulK, i32AndK, i32OrK, i32XorK, i32ShlK, i32ShrSK, i32ShrUK

    // i64 (`d a K` immediate forms).
    case i64Eqz, i64Clz, i64Ctz, i64Popcnt, i64Extend8S, i64Extend16S, i64Extend32S
    case i64Eq, i64Ne, i64LtS, i64LtU, i64GtS, i64GtU, i64LeS, i64LeU, i64GeS, i64GeU
    case i64Add, i64Sub, i64Mul, i64DivS, i64DivU, i64RemS, i64RemU
    case i64And, i64Or, i64Xor, i64Shl, i64ShrS, i64ShrU, i64Rotl, i64Rotr
    case i64EqK, i64NeK, i64LtSK, i64LtUK, i64GtSK, i64GtUK, i64LeSK, i64LeUK, i64GeSK, i64GeUK
    case i64AddK, i64MulK, i64AndK, i64OrK, i64XorK, i64ShlK, i64ShrSK, i64ShrUK

    // Floats.
    case f32Eq, f32Ne, f32Lt, f32Gt, f32Le, f32Ge
    case f32Abs, f32Neg, f32Ceil, f32Floor, f32Trunc, f32Nearest, f32Sqrt
    case f32Add, f32Sub, f32Mul, f32Div, f32Min, f32Max, f32Copysign
    case f64Eq, f64Ne, f64Lt, f64Gt, f64Le, f64Ge
    case f64Abs, f64Neg, f64Ceil, f64Floor, f64Trunc, f64Nearest, f64Sqrt
    case f64Add, f64Sub, f64Mul, f64Div, f64Min, f64Max, f64Copysign

    // Conversions (`d a`).
    case i32WrapI64, i64ExtendI32S, i64ExtendI32U
    case i32TruncF32S, i32TruncF32U, i32TruncF64S, i32TruncF64U
    case i64TruncF32S, i64TruncF32U, i64TruncF64S, i64TruncF64U
    case i32TruncSatF32S, i32TruncSatF32U, i32TruncSatF64S, i32TruncSatF64U
    case i64TruncSatF32S, i64TruncSatF32U, i64TruncSatF64S, i64TruncSatF64U
    case f32ConvertI32S, f32ConvertI32U, f32ConvertI64S, f32ConvertI64U, f32DemoteF64
    case f64ConvertI32S, f64ConvertI32U, f64ConvertI64S, f64ConvertI64U, f64PromoteF32
}
