/// Float arithmetic, comparisons and conversions. Values live in slots as raw bits.
extension Interpreter {
    /// Conversions other than wrap and extend are rare; they share one out-of-line switch.
    @inline(never)
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
        fp[Int(pc[1])] = UInt64(
            f(Float(bitPattern: UInt32(truncatingIfNeeded: fp[Int(pc[2])]))).bitPattern)
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
