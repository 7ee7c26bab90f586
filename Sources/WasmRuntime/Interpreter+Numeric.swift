/// Numeric instructions: `op d a [b]` on slots, or `op d a k` with an immediate second operand.
extension Interpreter {
    @inline(__always)
    static func numeric(_ pc: Code, _ fp: Slots) throws(ExecutionError) -> Code {
        switch UnsafeRawPointer(pc).load(as: Op.self) {
        case .i32Eqz: return un32(pc, fp) { $0 == 0 ? 1 : 0 }
        case .i32Clz: return un32(pc, fp) { UInt32($0.leadingZeroBitCount) }
        case .i32Ctz: return un32(pc, fp) { UInt32($0.trailingZeroBitCount) }
        case .i32Popcnt: return un32(pc, fp) { UInt32($0.nonzeroBitCount) }
        case .i32Extend8S: return un32(pc, fp) { UInt32(bitPattern: Int32(Int8(truncatingIfNeeded: $0))) }
        case .i32Extend16S: return un32(pc, fp) { UInt32(bitPattern: Int32(Int16(truncatingIfNeeded: $0))) }
        case .i32Eq: return bin32(pc, fp) { $0 == $1 ? 1 : 0 }
        case .i32Ne: return bin32(pc, fp) { $0 != $1 ? 1 : 0 }
        case .i32LtS: return bin32(pc, fp) { Int32(bitPattern: $0) < Int32(bitPattern: $1) ? 1 : 0 }
        case .i32LtU: return bin32(pc, fp) { $0 < $1 ? 1 : 0 }
        case .i32GtS: return bin32(pc, fp) { Int32(bitPattern: $0) > Int32(bitPattern: $1) ? 1 : 0 }
        case .i32GtU: return bin32(pc, fp) { $0 > $1 ? 1 : 0 }
        case .i32LeS: return bin32(pc, fp) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) ? 1 : 0 }
        case .i32LeU: return bin32(pc, fp) { $0 <= $1 ? 1 : 0 }
        case .i32GeS: return bin32(pc, fp) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) ? 1 : 0 }
        case .i32GeU: return bin32(pc, fp) { $0 >= $1 ? 1 : 0 }
        case .i32Add: return bin32(pc, fp) { $0 &+ $1 }
        case .i32Sub: return bin32(pc, fp) { $0 &- $1 }
        case .i32Mul: return bin32(pc, fp) { $0 &* $1 }
        case .i32DivS: return try trap32(pc, fp, IntegerOperations.divS32)
        case .i32DivU: return try trap32(pc, fp, IntegerOperations.divU32)
        case .i32RemS: return try trap32(pc, fp, IntegerOperations.remS32)
        case .i32RemU: return try trap32(pc, fp, IntegerOperations.remU32)
        case .i32And: return bin32(pc, fp) { $0 & $1 }
        case .i32Or: return bin32(pc, fp) { $0 | $1 }
        case .i32Xor: return bin32(pc, fp) { $0 ^ $1 }
        case .i32Shl: return bin32(pc, fp) { $0 &<< $1 }
        case .i32ShrS: return bin32(pc, fp) { UInt32(bitPattern: Int32(bitPattern: $0) &>> Int32(bitPattern: $1)) }
        case .i32ShrU: return bin32(pc, fp) { $0 &>> $1 }
        case .i32Rotl: return bin32(pc, fp, IntegerOperations.rotl32)
        case .i32Rotr: return bin32(pc, fp, IntegerOperations.rotr32)
        case .i32EqK: return imm32(pc, fp) { $0 == $1 ? 1 : 0 }
        case .i32NeK: return imm32(pc, fp) { $0 != $1 ? 1 : 0 }
        case .i32LtSK: return imm32(pc, fp) { Int32(bitPattern: $0) < Int32(bitPattern: $1) ? 1 : 0 }
        case .i32LtUK: return imm32(pc, fp) { $0 < $1 ? 1 : 0 }
        case .i32GtSK: return imm32(pc, fp) { Int32(bitPattern: $0) > Int32(bitPattern: $1) ? 1 : 0 }
        case .i32GtUK: return imm32(pc, fp) { $0 > $1 ? 1 : 0 }
        case .i32LeSK: return imm32(pc, fp) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) ? 1 : 0 }
        case .i32LeUK: return imm32(pc, fp) { $0 <= $1 ? 1 : 0 }
        case .i32GeSK: return imm32(pc, fp) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) ? 1 : 0 }
        case .i32GeUK: return imm32(pc, fp) { $0 >= $1 ? 1 : 0 }
        case .i32AddK: return imm32(pc, fp) { $0 &+ $1 }
        case .i32MulK: return imm32(pc, fp) { $0 &* $1 }
        case .i32AndK: return imm32(pc, fp) { $0 & $1 }
        case .i32OrK: return imm32(pc, fp) { $0 | $1 }
        case .i32XorK: return imm32(pc, fp) { $0 ^ $1 }
        case .i32ShlK: return imm32(pc, fp) { $0 &<< $1 }
        case .i32ShrSK: return imm32(pc, fp) { UInt32(bitPattern: Int32(bitPattern: $0) &>> Int32(bitPattern: $1)) }
        case .i32ShrUK: return imm32(pc, fp) { $0 &>> $1 }

        case .i64Eqz: return un64(pc, fp) { $0 == 0 ? 1 : 0 }
        case .i64Clz: return un64(pc, fp) { UInt64($0.leadingZeroBitCount) }
        case .i64Ctz: return un64(pc, fp) { UInt64($0.trailingZeroBitCount) }
        case .i64Popcnt: return un64(pc, fp) { UInt64($0.nonzeroBitCount) }
        case .i64Extend8S: return un64(pc, fp) { UInt64(bitPattern: Int64(Int8(truncatingIfNeeded: $0))) }
        case .i64Extend16S: return un64(pc, fp) { UInt64(bitPattern: Int64(Int16(truncatingIfNeeded: $0))) }
        case .i64Extend32S: return un64(pc, fp) { UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: $0))) }
        case .i64Eq: return bin64(pc, fp) { $0 == $1 ? 1 : 0 }
        case .i64Ne: return bin64(pc, fp) { $0 != $1 ? 1 : 0 }
        case .i64LtS: return bin64(pc, fp) { Int64(bitPattern: $0) < Int64(bitPattern: $1) ? 1 : 0 }
        case .i64LtU: return bin64(pc, fp) { $0 < $1 ? 1 : 0 }
        case .i64GtS: return bin64(pc, fp) { Int64(bitPattern: $0) > Int64(bitPattern: $1) ? 1 : 0 }
        case .i64GtU: return bin64(pc, fp) { $0 > $1 ? 1 : 0 }
        case .i64LeS: return bin64(pc, fp) { Int64(bitPattern: $0) <= Int64(bitPattern: $1) ? 1 : 0 }
        case .i64LeU: return bin64(pc, fp) { $0 <= $1 ? 1 : 0 }
        case .i64GeS: return bin64(pc, fp) { Int64(bitPattern: $0) >= Int64(bitPattern: $1) ? 1 : 0 }
        case .i64GeU: return bin64(pc, fp) { $0 >= $1 ? 1 : 0 }
        case .i64Add: return bin64(pc, fp) { $0 &+ $1 }
        case .i64Sub: return bin64(pc, fp) { $0 &- $1 }
        case .i64Mul: return bin64(pc, fp) { $0 &* $1 }
        case .i64DivS: return try trap64(pc, fp, IntegerOperations.divS64)
        case .i64DivU: return try trap64(pc, fp, IntegerOperations.divU64)
        case .i64RemS: return try trap64(pc, fp, IntegerOperations.remS64)
        case .i64RemU: return try trap64(pc, fp, IntegerOperations.remU64)
        case .i64And: return bin64(pc, fp) { $0 & $1 }
        case .i64Or: return bin64(pc, fp) { $0 | $1 }
        case .i64Xor: return bin64(pc, fp) { $0 ^ $1 }
        case .i64Shl: return bin64(pc, fp) { $0 &<< $1 }
        case .i64ShrS: return bin64(pc, fp) { UInt64(bitPattern: Int64(bitPattern: $0) &>> Int64(bitPattern: $1)) }
        case .i64ShrU: return bin64(pc, fp) { $0 &>> $1 }
        case .i64Rotl: return bin64(pc, fp, IntegerOperations.rotl64)
        case .i64Rotr: return bin64(pc, fp, IntegerOperations.rotr64)
        case .i64EqK: return imm64(pc, fp) { $0 == $1 ? 1 : 0 }
        case .i64NeK: return imm64(pc, fp) { $0 != $1 ? 1 : 0 }
        case .i64LtSK: return imm64(pc, fp) { Int64(bitPattern: $0) < Int64(bitPattern: $1) ? 1 : 0 }
        case .i64LtUK: return imm64(pc, fp) { $0 < $1 ? 1 : 0 }
        case .i64GtSK: return imm64(pc, fp) { Int64(bitPattern: $0) > Int64(bitPattern: $1) ? 1 : 0 }
        case .i64GtUK: return imm64(pc, fp) { $0 > $1 ? 1 : 0 }
        case .i64LeSK: return imm64(pc, fp) { Int64(bitPattern: $0) <= Int64(bitPattern: $1) ? 1 : 0 }
        case .i64LeUK: return imm64(pc, fp) { $0 <= $1 ? 1 : 0 }
        case .i64GeSK: return imm64(pc, fp) { Int64(bitPattern: $0) >= Int64(bitPattern: $1) ? 1 : 0 }
        case .i64GeUK: return imm64(pc, fp) { $0 >= $1 ? 1 : 0 }
        case .i64AddK: return imm64(pc, fp) { $0 &+ $1 }
        case .i64MulK: return imm64(pc, fp) { $0 &* $1 }
        case .i64AndK: return imm64(pc, fp) { $0 & $1 }
        case .i64OrK: return imm64(pc, fp) { $0 | $1 }
        case .i64XorK: return imm64(pc, fp) { $0 ^ $1 }
        case .i64ShlK: return imm64(pc, fp) { $0 &<< $1 }
        case .i64ShrSK: return imm64(pc, fp) { UInt64(bitPattern: Int64(bitPattern: $0) &>> Int64(bitPattern: $1)) }
        case .i64ShrUK: return imm64(pc, fp) { $0 &>> $1 }
        default: return try float(pc, fp)
        }
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
    static func trap32(_ pc: Code, _ fp: Slots, _ f: (UInt32, UInt32) throws(Trap) -> UInt32) throws(ExecutionError)
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
    static func trap64(_ pc: Code, _ fp: Slots, _ f: (UInt64, UInt64) throws(Trap) -> UInt64) throws(ExecutionError)
        -> Code
    {
        let a = fp[Int(pc[2])]
        let b = fp[Int(pc[3])]
        do { fp[Int(pc[1])] = try f(a, b) } catch { throw .trap(error) }
        return pc + 4
    }
}
