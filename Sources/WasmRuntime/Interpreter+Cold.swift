/// The instructions that are rare in actor code: float arithmetic, float conversions, NaN
/// canonicalisation, population count, memory growth and the bulk instructions. The interpreter
/// and the native code share this one out-of-line implementation.
extension Interpreter {
    @inline(never)
    static func cold(_ pc: Code, _ fp: Slots, _ instance: Instance) throws(ExecutionError) -> Code {
        switch UnsafeRawPointer(pc).load(as: Op.self) {
        case .f32Eq: return cmpF32(pc, fp) { $0 == $1 }
        case .f32Ne: return cmpF32(pc, fp) { $0 != $1 }
        case .f32Lt: return cmpF32(pc, fp) { $0 < $1 }
        case .f32Gt: return cmpF32(pc, fp) { $0 > $1 }
        case .f32Le: return cmpF32(pc, fp) { $0 <= $1 }
        case .f32Ge: return cmpF32(pc, fp) { $0 >= $1 }
        case .f32Abs: return un32(pc, fp) { $0 & 0x7FFF_FFFF }
        case .f32Neg: return un32(pc, fp) { $0 ^ 0x8000_0000 }
        case .f32Ceil: return unF32(pc, fp) { $0.rounded(.up) }
        case .f32Floor: return unF32(pc, fp) { $0.rounded(.down) }
        case .f32Trunc: return unF32(pc, fp) { $0.rounded(.towardZero) }
        case .f32Nearest: return unF32(pc, fp) { $0.rounded(.toNearestOrEven) }
        case .f32Sqrt: return unF32(pc, fp) { $0.squareRoot() }
        case .f32Add: return binF32(pc, fp) { $0 + $1 }
        case .f32Sub: return binF32(pc, fp) { $0 - $1 }
        case .f32Mul: return binF32(pc, fp) { $0 * $1 }
        case .f32Div: return binF32(pc, fp) { $0 / $1 }
        case .f32Min: return bin32(pc, fp) { FloatOperations.min($0, $1, Float.self) }
        case .f32Max: return bin32(pc, fp) { FloatOperations.max($0, $1, Float.self) }
        case .f32Copysign: return bin32(pc, fp) { ($0 & 0x7FFF_FFFF) | ($1 & 0x8000_0000) }
        case .f64Eq: return cmpF64(pc, fp) { $0 == $1 }
        case .f64Ne: return cmpF64(pc, fp) { $0 != $1 }
        case .f64Lt: return cmpF64(pc, fp) { $0 < $1 }
        case .f64Gt: return cmpF64(pc, fp) { $0 > $1 }
        case .f64Le: return cmpF64(pc, fp) { $0 <= $1 }
        case .f64Ge: return cmpF64(pc, fp) { $0 >= $1 }
        case .f64Abs: return un64(pc, fp) { $0 & 0x7FFF_FFFF_FFFF_FFFF }
        case .f64Neg: return un64(pc, fp) { $0 ^ 0x8000_0000_0000_0000 }
        case .f64Ceil: return unF64(pc, fp) { $0.rounded(.up) }
        case .f64Floor: return unF64(pc, fp) { $0.rounded(.down) }
        case .f64Trunc: return unF64(pc, fp) { $0.rounded(.towardZero) }
        case .f64Nearest: return unF64(pc, fp) { $0.rounded(.toNearestOrEven) }
        case .f64Sqrt: return unF64(pc, fp) { $0.squareRoot() }
        case .f64Add: return binF64(pc, fp) { $0 + $1 }
        case .f64Sub: return binF64(pc, fp) { $0 - $1 }
        case .f64Mul: return binF64(pc, fp) { $0 * $1 }
        case .f64Div: return binF64(pc, fp) { $0 / $1 }
        case .f64Min: return bin64(pc, fp) { FloatOperations.min($0, $1, Double.self) }
        case .f64Max: return bin64(pc, fp) { FloatOperations.max($0, $1, Double.self) }
        case .f64Copysign:
            return bin64(pc, fp) { ($0 & 0x7FFF_FFFF_FFFF_FFFF) | ($1 & 0x8000_0000_0000_0000) }
        case .i32TruncF32S, .i32TruncF32U, .i32TruncF64S, .i32TruncF64U, .i64TruncF32S, .i64TruncF32U,
            .i64TruncF64S, .i64TruncF64U, .i32TruncSatF32S, .i32TruncSatF32U, .i32TruncSatF64S,
            .i32TruncSatF64U,
            .i64TruncSatF32S, .i64TruncSatF32U, .i64TruncSatF64S, .i64TruncSatF64U, .f32ConvertI32S,
            .f32ConvertI32U,
            .f32ConvertI64S, .f32ConvertI64U, .f32DemoteF64, .f64ConvertI32S, .f64ConvertI32U,
            .f64ConvertI64S,
            .f64ConvertI64U, .f64PromoteF32:
            return try conversion(pc, fp)
        case .canonicalizeF32:
            fp[Int(pc[1])] = UInt64(
                FloatOperations.canonical32(UInt32(truncatingIfNeeded: fp[Int(pc[1])])))
            return pc + 2
        case .canonicalizeF64:
            fp[Int(pc[1])] = FloatOperations.canonical64(fp[Int(pc[1])])
            return pc + 2

        case .memoryGrow:
            let delta = UInt32(truncatingIfNeeded: fp[Int(pc[2])])
            let old = instance.memory?.grow(by: Int(delta)).map { UInt32($0) } ?? UInt32.max
            fp[Int(pc[1])] = UInt64(old)
            return pc + 3
        case .i32Popcnt: return un32(pc, fp, I.popcnt)
        case .i64Popcnt: return un64(pc, fp, I.popcnt)
        case .memoryCopy, .memoryFill, .memoryInit, .dataDrop, .tableInit, .tableCopy, .elemDrop:
            return try bulk(pc, fp, instance)
        default:
            preconditionFailure("\(UnsafeRawPointer(pc).load(as: Op.self)) is not a cold instruction")
        }
    }
}
