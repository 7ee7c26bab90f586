/// Numeric instructions: `op d a [b]` on slots, or `op d a k` with an immediate second operand.
extension Interpreter {
    typealias I = IntegerOperations

    // One case serves an i32 instruction and its i64 twin: the width decides which form runs.
    @inline(__always) static func isWide(_ op: Op) -> Bool { op.rawValue >= Op.i64Eqz.rawValue }

    @inline(__always)
    static func unary(_ op: Op, _ pc: Code, _ fp: Slots, _ f32: (UInt32) -> UInt32, _ f64: (UInt64) -> UInt64)
        -> Code
    {
        isWide(op) ? un64(pc, fp, f64) : un32(pc, fp, f32)
    }

    @inline(__always)
    static func binary(
        _ op: Op, _ pc: Code, _ fp: Slots, _ f32: (UInt32, UInt32) -> UInt32, _ f64: (UInt64, UInt64) -> UInt64
    ) -> Code {
        isWide(op) ? bin64(pc, fp, f64) : bin32(pc, fp, f32)
    }

    @inline(__always)
    static func immediate(
        _ op: Op, _ pc: Code, _ fp: Slots, _ f32: (UInt32, UInt32) -> UInt32, _ f64: (UInt64, UInt64) -> UInt64
    ) -> Code {
        isWide(op) ? imm64(pc, fp, f64) : imm32(pc, fp, f32)
    }

    @inline(__always)
    static func trapping(
        _ op: Op, _ pc: Code, _ fp: Slots, _ f32: (UInt32, UInt32) throws(Trap) -> UInt32,
        _ f64: (UInt64, UInt64) throws(Trap) -> UInt64
    ) throws(ExecutionError) -> Code {
        isWide(op) ? try trap64(pc, fp, f64) : try trap32(pc, fp, f32)
    }

    @inline(__always)
    static func un32(_ pc: Code, _ fp: Slots, _ f: (UInt32) -> UInt32) -> Code {
        fp[Int(pc[1])] = UInt64(f(UInt32(truncatingIfNeeded: fp[Int(pc[2])])))
        return pc + 3
    }

    @inline(__always)
    static func bin32(_ pc: Code, _ fp: Slots, _ f: (UInt32, UInt32) -> UInt32) -> Code {
        let a = UInt32(truncatingIfNeeded: fp[Int(pc[2])])
        let b = UInt32(truncatingIfNeeded: fp[Int(pc[3])])
        fp[Int(pc[1])] = UInt64(f(a, b))
        return pc + 4
    }

    @inline(__always)
    static func imm32(_ pc: Code, _ fp: Slots, _ f: (UInt32, UInt32) -> UInt32) -> Code {
        fp[Int(pc[1])] = UInt64(f(UInt32(truncatingIfNeeded: fp[Int(pc[2])]), pc[3]))
        return pc + 4
    }

    @inline(__always)
    static func trap32(_ pc: Code, _ fp: Slots, _ f: (UInt32, UInt32) throws(Trap) -> UInt32)
        throws(ExecutionError)
        -> Code
    {
        let a = UInt32(truncatingIfNeeded: fp[Int(pc[2])])
        let b = UInt32(truncatingIfNeeded: fp[Int(pc[3])])
        do { fp[Int(pc[1])] = UInt64(try f(a, b)) } catch { throw .trap(error) }
        return pc + 4
    }

    @inline(__always)
    static func un64(_ pc: Code, _ fp: Slots, _ f: (UInt64) -> UInt64) -> Code {
        fp[Int(pc[1])] = f(fp[Int(pc[2])])
        return pc + 3
    }

    @inline(__always)
    static func bin64(_ pc: Code, _ fp: Slots, _ f: (UInt64, UInt64) -> UInt64) -> Code {
        let a = fp[Int(pc[2])]
        let b = fp[Int(pc[3])]
        fp[Int(pc[1])] = f(a, b)
        return pc + 4
    }

    @inline(__always)
    static func imm64(_ pc: Code, _ fp: Slots, _ f: (UInt64, UInt64) -> UInt64) -> Code {
        fp[Int(pc[1])] = f(fp[Int(pc[2])], UInt64(pc[3]) | UInt64(pc[4]) << 32)
        return pc + 5
    }

    @inline(__always)
    static func trap64(_ pc: Code, _ fp: Slots, _ f: (UInt64, UInt64) throws(Trap) -> UInt64)
        throws(ExecutionError)
        -> Code
    {
        let a = fp[Int(pc[2])]
        let b = fp[Int(pc[3])]
        do { fp[Int(pc[1])] = try f(a, b) } catch { throw .trap(error) }
        return pc + 4
    }
}
