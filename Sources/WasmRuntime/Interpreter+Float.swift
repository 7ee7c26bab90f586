/// Float arithmetic, comparisons and conversions. Values live in slots as raw bits.
extension Interpreter {
    @inline(__always)
    static func float(_ pc: Code, _ fp: Slots) throws(ExecutionError) -> Code {
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
        case .f32Min: return bin32(pc, fp, FloatOperations.min32)
        case .f32Max: return bin32(pc, fp, FloatOperations.max32)
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
        case .f64Min: return bin64(pc, fp, FloatOperations.min64)
        case .f64Max: return bin64(pc, fp, FloatOperations.max64)
        case .f64Copysign:
            return bin64(pc, fp) { ($0 & 0x7FFF_FFFF_FFFF_FFFF) | ($1 & 0x8000_0000_0000_0000) }
        default: return try conversion(pc, fp)
        }
    }

    @inline(__always)
    static func conversion(_ pc: Code, _ fp: Slots) throws(ExecutionError) -> Code {
        let a = fp[Int(pc[2])]
        let f = Float(bitPattern: UInt32(truncatingIfNeeded: a))
        let d = Double(bitPattern: a)
        let r: UInt64
        do {
            switch UnsafeRawPointer(pc).load(as: Op.self) {
            case .i32WrapI64: r = UInt64(UInt32(truncatingIfNeeded: a))
            case .i64ExtendI32S: r = UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: a)))
            case .i64ExtendI32U: r = UInt64(UInt32(truncatingIfNeeded: a))
            case .i32TruncF32S: r = try Conversions.i32S(f)
            case .i32TruncF32U: r = try Conversions.i32U(f)
            case .i32TruncF64S: r = try Conversions.i32S(d)
            case .i32TruncF64U: r = try Conversions.i32U(d)
            case .i64TruncF32S: r = try Conversions.i64S(f)
            case .i64TruncF32U: r = try Conversions.i64U(f)
            case .i64TruncF64S: r = try Conversions.i64S(d)
            case .i64TruncF64U: r = try Conversions.i64U(d)
            case .i32TruncSatF32S: r = Conversions.satI32S(f)
            case .i32TruncSatF32U: r = Conversions.satI32U(f)
            case .i32TruncSatF64S: r = Conversions.satI32S(d)
            case .i32TruncSatF64U: r = Conversions.satI32U(d)
            case .i64TruncSatF32S: r = Conversions.satI64S(f)
            case .i64TruncSatF32U: r = Conversions.satI64U(f)
            case .i64TruncSatF64S: r = Conversions.satI64S(d)
            case .i64TruncSatF64U: r = Conversions.satI64U(d)
            case .f32ConvertI32S: r = UInt64(Float(Int32(truncatingIfNeeded: a)).bitPattern)
            case .f32ConvertI32U: r = UInt64(Float(UInt32(truncatingIfNeeded: a)).bitPattern)
            case .f32ConvertI64S: r = UInt64(Float(Int64(bitPattern: a)).bitPattern)
            case .f32ConvertI64U: r = UInt64(Float(a).bitPattern)
            case .f32DemoteF64: r = UInt64(Float(d).bitPattern)
            case .f64ConvertI32S: r = Double(Int32(truncatingIfNeeded: a)).bitPattern
            case .f64ConvertI32U: r = Double(UInt32(truncatingIfNeeded: a)).bitPattern
            case .f64ConvertI64S: r = Double(Int64(bitPattern: a)).bitPattern
            case .f64ConvertI64U: r = Double(a).bitPattern
            default: r = Double(f).bitPattern  // f64.promote_f32
            }
        } catch {
            throw .trap(error)
        }
        fp[Int(pc[1])] = r
        return pc + 3
    }

    @inline(__always)
    static func cmpF32(_ pc: Code, _ fp: Slots, _ f: (Float, Float) -> Bool) -> Code {
        let a = Float(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[2])]))
        let b = Float(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[3])]))
        fp[Int(pc[1])] = f(a, b) ? 1 : 0
        return pc + 4
    }

    @inline(__always)
    static func cmpF64(_ pc: Code, _ fp: Slots, _ f: (Double, Double) -> Bool) -> Code {
        let a = Double(bitPattern: fp[Int(pc[2])])
        let b = Double(bitPattern: fp[Int(pc[3])])
        fp[Int(pc[1])] = f(a, b) ? 1 : 0
        return pc + 4
    }

    @inline(__always)
    static func unF32(_ pc: Code, _ fp: Slots, _ f: (Float) -> Float) -> Code {
        fp[Int(pc[1])] = UInt64(f(Float(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[2])]))).bitPattern)
        return pc + 3
    }

    @inline(__always)
    static func binF32(_ pc: Code, _ fp: Slots, _ f: (Float, Float) -> Float) -> Code {
        let a = Float(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[2])]))
        let b = Float(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[3])]))
        fp[Int(pc[1])] = UInt64(f(a, b).bitPattern)
        return pc + 4
    }

    @inline(__always)
    static func unF64(_ pc: Code, _ fp: Slots, _ f: (Double) -> Double) -> Code {
        fp[Int(pc[1])] = f(Double(bitPattern: fp[Int(pc[2])])).bitPattern
        return pc + 3
    }

    @inline(__always)
    static func binF64(_ pc: Code, _ fp: Slots, _ f: (Double, Double) -> Double) -> Code {
        let a = Double(bitPattern: fp[Int(pc[2])])
        let b = Double(bitPattern: fp[Int(pc[3])])
        fp[Int(pc[1])] = f(a, b).bitPattern
        return pc + 4
    }
}
