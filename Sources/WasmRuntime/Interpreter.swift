/// The interpreter loop. Wasm calls push a frame on the explicit frame stack and continue in
/// the same loop, so the native stack depth does not grow with the Wasm call depth.
enum Interpreter {
    typealias Slots = UnsafeMutablePointer<UInt64>
    typealias Code = UnsafePointer<UInt32>

    /// Runs `entry` with its arguments already at `fp`; its result is left at `fp[0]`.
    static func run(_ entry: FunctionReference, fp entryFP: Slots, stack: ExecutionStack)
        throws(ExecutionError)
    {
        var ctx = ExecutionContext(entry.instance!.takeUnretainedValue())
        guard entryFP + Int(entry.frameSize) <= stack.end else { throw .trap(.callStackExhausted) }
        stack.frames[0] = ExecutionStack.Frame(
            returnPC: nil, fp: entryFP, instance: Unmanaged.passUnretained(ctx.instance))
        var depth = 1
        var fp = entryFP
        (fp + Int(entry.parameterCount)).initialize(repeating: 0, count: Int(entry.localCount))
        var pc = entry.code!
        var memoryBase = ctx.memory.pointee.base
        var memorySize = UInt64(ctx.memory.pointee.byteCount)
        let stackEnd = stack.end
        let maxDepth = stack.maxDepth

        @inline(__always) func address(_ slot: UInt32, _ offset: UInt32, _ size: UInt64)
            throws(ExecutionError) -> Int
        {
            let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(slot)])) &+ UInt64(offset)
            guard ea &+ size <= memorySize else { throw .trap(.memoryOutOfBounds) }
            return Int(ea)
        }

        // Every metered block after a control transfer opens with a gas charge, so a transfer
        // performs the charge at its target itself instead of paying a dispatch for it.
        @inline(__always) func enter(_ target: Code) throws(ExecutionError) -> Code {
            guard UnsafeRawPointer(target).load(as: Op.self) == .gasCharge else { return target }
            let g = ctx.globals[Int(target[1])]
            let v = g.pointee &+ (UInt64(target[2]) | UInt64(target[3]) << 32)
            g.pointee = v
            fp[Int(target[4])] = v
            guard Int64(bitPattern: v) >= 0 else { throw .trap(.unreachable) }
            return target + 5
        }

        // A function body opens with its entry charge, then usually its shadow-stack prologue.
        @inline(__always) func enterFunction(_ entry: Code) throws(ExecutionError) -> Code {
            let body = try enter(entry)
            guard UnsafeRawPointer(body).load(as: Op.self) == .globalAddTee else { return body }
            let g = ctx.globals[Int(body[1])]
            let v = UInt64(UInt32(truncatingIfNeeded: g.pointee) &+ body[2])
            g.pointee = v
            fp[Int(body[3])] = v
            return body + 4
        }

        while true {
            let op = UnsafeRawPointer(pc).load(as: Op.self)
            switch op {
            // MARK: Control
            case .unreachable:
                throw .trap(.unreachable)
            case .br:
                pc = try enter(pc + Int(Int32(bitPattern: pc[1])))
            case .brIfNez:
                pc = try enter(
                    UInt32(truncatingIfNeeded: fp[Int(pc[1])]) != 0
                        ? pc + Int(Int32(bitPattern: pc[2])) : pc + 3)
            case .brIfEqz:
                pc = try enter(
                    UInt32(truncatingIfNeeded: fp[Int(pc[1])]) == 0
                        ? pc + Int(Int32(bitPattern: pc[2])) : pc + 3)
            case .brIfI64Nez:
                pc = try enter(fp[Int(pc[1])] != 0 ? pc + Int(Int32(bitPattern: pc[2])) : pc + 3)
            case .brIfI64Eqz:
                pc = try enter(fp[Int(pc[1])] == 0 ? pc + Int(Int32(bitPattern: pc[2])) : pc + 3)
            case .brIfEq: pc = try enter(branch(pc, fp) { $0 == $1 })
            case .brIfNe: pc = try enter(branch(pc, fp) { $0 != $1 })
            case .brIfLtS: pc = try enter(branch(pc, fp) { Int32(bitPattern: $0) < Int32(bitPattern: $1) })
            case .brIfLtU: pc = try enter(branch(pc, fp) { $0 < $1 })
            case .brIfGtS: pc = try enter(branch(pc, fp) { Int32(bitPattern: $0) > Int32(bitPattern: $1) })
            case .brIfGtU: pc = try enter(branch(pc, fp) { $0 > $1 })
            case .brIfLeS: pc = try enter(branch(pc, fp) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) })
            case .brIfLeU: pc = try enter(branch(pc, fp) { $0 <= $1 })
            case .brIfGeS: pc = try enter(branch(pc, fp) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) })
            case .brIfGeU: pc = try enter(branch(pc, fp) { $0 >= $1 })
            case .brIfEqK: pc = try enter(branchK(pc, fp) { $0 == $1 })
            case .brIfNeK: pc = try enter(branchK(pc, fp) { $0 != $1 })
            case .brIfLtSK: pc = try enter(branchK(pc, fp) { Int32(bitPattern: $0) < Int32(bitPattern: $1) })
            case .brIfLtUK: pc = try enter(branchK(pc, fp) { $0 < $1 })
            case .brIfGtSK: pc = try enter(branchK(pc, fp) { Int32(bitPattern: $0) > Int32(bitPattern: $1) })
            case .brIfGtUK: pc = try enter(branchK(pc, fp) { $0 > $1 })
            case .brIfLeSK: pc = try enter(branchK(pc, fp) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) })
            case .brIfLeUK: pc = try enter(branchK(pc, fp) { $0 <= $1 })
            case .brIfGeSK: pc = try enter(branchK(pc, fp) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) })
            case .brIfGeUK: pc = try enter(branchK(pc, fp) { $0 >= $1 })
            case .brTable:
                let n = pc[3]
                let i = min(UInt32(truncatingIfNeeded: fp[Int(pc[1])]), n)
                let entry = pc + 4 + 2 * Int(i)
                let d = entry[1]
                if d != ~0 { fp[Int(d)] = fp[Int(pc[2])] }
                pc = try enter(pc + Int(Int32(bitPattern: entry[0])))
            case .guardedCall:
                let g = ctx.globals[Int(pc[1])]
                let v = UInt32(truncatingIfNeeded: g.pointee) &+ pc[2]
                g.pointee = UInt64(v)
                guard v <= pc[3] else { throw .trap(.unreachable) }
                pc += 4
                fallthrough
            case .call, .callIndirect:
                // After a guard, `op` is the guard's: the call is the instruction now at pc.
                let callee: FunctionReference
                let length: Int
                if UnsafeRawPointer(pc).load(as: Op.self) == .call {
                    callee = ctx.functions[Int(pc[1])]
                    length = 3
                } else {
                    let index = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[3])]))
                    guard index < ctx.tableCount else { throw .trap(.tableOutOfBounds) }
                    callee = ctx.table![Int(index)]
                    guard !callee.isNull else { throw .trap(.indirectCallToNull) }
                    guard callee.typeID == Int32(bitPattern: pc[1]) else {
                        throw .trap(.indirectCallTypeMismatch)
                    }
                    length = 4
                }
                let calleeFP = fp + Int(pc[2])
                guard let code = callee.code else {
                    try callHost(callee.host!.takeUnretainedValue(), slots: calleeFP, caller: ctx.instance)
                    memorySize = UInt64(ctx.memory.pointee.byteCount)
                    pc += length
                    continue
                }
                guard depth < maxDepth, calleeFP + Int(callee.frameSize) <= stackEnd else {
                    throw .trap(.callStackExhausted)
                }
                stack.frames[depth] = ExecutionStack.Frame(
                    returnPC: pc + length, fp: fp, instance: Unmanaged.passUnretained(ctx.instance))
                depth += 1
                fp = calleeFP
                if callee.localCount > 0 {
                    (fp + Int(callee.parameterCount)).initialize(repeating: 0, count: Int(callee.localCount))
                }
                pc = code
                if callee.instance!.toOpaque() != ctx.opaqueInstance {
                    ctx = ExecutionContext(callee.instance!.takeUnretainedValue())
                    memoryBase = ctx.memory.pointee.base
                    memorySize = UInt64(ctx.memory.pointee.byteCount)
                }
                pc = try enterFunction(pc)
            case .ret0, .ret1:
                if UnsafeRawPointer(pc).load(as: Op.self) == .ret1 { fp[0] = fp[Int(pc[1])] }
                depth -= 1
                let frame = stack.frames[depth]
                guard let returnPC = frame.returnPC else { return }
                pc = returnPC
                fp = frame.fp
                if frame.instance.toOpaque() != ctx.opaqueInstance {
                    ctx = ExecutionContext(frame.instance.takeUnretainedValue())
                    memoryBase = ctx.memory.pointee.base
                    memorySize = UInt64(ctx.memory.pointee.byteCount)
                }
                // A call guarded by the stack limiter is followed by the release of its frame cost,
                // and often by a move of its result into a local.
                if UnsafeRawPointer(pc).load(as: Op.self) == .globalAddI32 {
                    let g = ctx.globals[Int(pc[1])]
                    g.pointee = UInt64(UInt32(truncatingIfNeeded: g.pointee) &+ pc[2])
                    pc += 3
                }
                if UnsafeRawPointer(pc).load(as: Op.self) == .copy {
                    fp[Int(pc[1])] = fp[Int(pc[2])]
                    pc += 3
                }
            case .copy:
                fp[Int(pc[1])] = fp[Int(pc[2])]
                pc += 3
                // Arguments are moved to a call's frame one after another.
                if UnsafeRawPointer(pc).load(as: Op.self) == .copy {
                    fp[Int(pc[1])] = fp[Int(pc[2])]
                    pc += 3
                }
            case .const32:
                fp[Int(pc[1])] = UInt64(pc[2])
                pc += 3
            case .const64:
                fp[Int(pc[1])] = UInt64(pc[2]) | UInt64(pc[3]) << 32
                pc += 4
            case .select:
                let v = UInt32(truncatingIfNeeded: fp[Int(pc[4])]) != 0 ? fp[Int(pc[2])] : fp[Int(pc[3])]
                fp[Int(pc[1])] = v
                pc += 5
            case .globalGet:
                fp[Int(pc[1])] = ctx.globals[Int(pc[2])].pointee
                pc += 3
            case .globalSet:
                ctx.globals[Int(pc[1])].pointee = fp[Int(pc[2])]
                pc += 3
            case .globalAddI32:
                let g = ctx.globals[Int(pc[1])]
                g.pointee = UInt64(UInt32(truncatingIfNeeded: g.pointee) &+ pc[2])
                pc += 3
            case .globalAddI64:
                let g = ctx.globals[Int(pc[1])]
                g.pointee = g.pointee &+ (UInt64(pc[2]) | UInt64(pc[3]) << 32)
                pc += 4
            case .globalAddTee:
                let g = ctx.globals[Int(pc[1])]
                let v = UInt64(UInt32(truncatingIfNeeded: g.pointee) &+ pc[2])
                g.pointee = v
                fp[Int(pc[3])] = v
                pc += 4
            case .gasCharge:
                let g = ctx.globals[Int(pc[1])]
                let v = g.pointee &+ (UInt64(pc[2]) | UInt64(pc[3]) << 32)
                g.pointee = v
                fp[Int(pc[4])] = v
                guard Int64(bitPattern: v) >= 0 else { throw .trap(.unreachable) }
                pc += 5
            case .stackGuard:
                let g = ctx.globals[Int(pc[1])]
                let v = UInt32(truncatingIfNeeded: g.pointee) &+ pc[2]
                g.pointee = UInt64(v)
                guard v <= pc[3] else { throw .trap(.unreachable) }
                pc += 4

            // MARK: Memory
            case .i32Load, .f32Load:
                let a = try address(pc[2], pc[3], 4)
                fp[Int(pc[1])] = UInt64(memoryBase.loadUnaligned(fromByteOffset: a, as: UInt32.self))
                pc += 4
            case .i64Load, .f64Load:
                let a = try address(pc[2], pc[3], 8)
                fp[Int(pc[1])] = memoryBase.loadUnaligned(fromByteOffset: a, as: UInt64.self)
                pc += 4
            case .i32Load8S:
                let a = try address(pc[2], pc[3], 1)
                fp[Int(pc[1])] = UInt64(
                    UInt32(bitPattern: Int32(memoryBase.load(fromByteOffset: a, as: Int8.self))))
                pc += 4
            case .i32Load8U, .i64Load8U:
                let a = try address(pc[2], pc[3], 1)
                fp[Int(pc[1])] = UInt64(memoryBase.load(fromByteOffset: a, as: UInt8.self))
                pc += 4
            case .i32Load16S:
                let a = try address(pc[2], pc[3], 2)
                let v = memoryBase.loadUnaligned(fromByteOffset: a, as: Int16.self)
                fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(v)))
                pc += 4
            case .i32Load16U, .i64Load16U:
                let a = try address(pc[2], pc[3], 2)
                fp[Int(pc[1])] = UInt64(memoryBase.loadUnaligned(fromByteOffset: a, as: UInt16.self))
                pc += 4
            case .i64Load8S:
                let a = try address(pc[2], pc[3], 1)
                fp[Int(pc[1])] = UInt64(
                    bitPattern: Int64(memoryBase.load(fromByteOffset: a, as: Int8.self)))
                pc += 4
            case .i64Load16S:
                let a = try address(pc[2], pc[3], 2)
                fp[Int(pc[1])] = UInt64(
                    bitPattern: Int64(memoryBase.loadUnaligned(fromByteOffset: a, as: Int16.self)))
                pc += 4
            case .i64Load32S:
                let a = try address(pc[2], pc[3], 4)
                fp[Int(pc[1])] = UInt64(
                    bitPattern: Int64(memoryBase.loadUnaligned(fromByteOffset: a, as: Int32.self)))
                pc += 4
            case .i64Load32U:
                let a = try address(pc[2], pc[3], 4)
                fp[Int(pc[1])] = UInt64(memoryBase.loadUnaligned(fromByteOffset: a, as: UInt32.self))
                pc += 4
            case .i32Store, .i64Store32:
                let a = try address(pc[1], pc[3], 4)
                memoryBase.storeBytes(
                    of: UInt32(truncatingIfNeeded: fp[Int(pc[2])]), toByteOffset: a, as: UInt32.self)
                pc += 4
            case .i64Store:
                let a = try address(pc[1], pc[3], 8)
                memoryBase.storeBytes(of: fp[Int(pc[2])], toByteOffset: a, as: UInt64.self)
                pc += 4
            case .i32Store8, .i64Store8:
                let a = try address(pc[1], pc[3], 1)
                memoryBase.storeBytes(
                    of: UInt8(truncatingIfNeeded: fp[Int(pc[2])]), toByteOffset: a, as: UInt8.self)
                pc += 4
            case .i32Store16, .i64Store16:
                let a = try address(pc[1], pc[3], 2)
                memoryBase.storeBytes(
                    of: UInt16(truncatingIfNeeded: fp[Int(pc[2])]), toByteOffset: a, as: UInt16.self)
                pc += 4
            case .memorySize:
                fp[Int(pc[1])] = memorySize / UInt64(Memory.pageSize)
                pc += 2
            case .memoryGrow:
                pc = try cold(pc, fp, ctx.instance)
                memorySize = UInt64(ctx.memory.pointee.byteCount)
            case .memoryCopy, .memoryFill, .memoryInit, .dataDrop, .tableInit, .tableCopy, .elemDrop:
                pc = try bulk(pc, fp, ctx.instance)

            // MARK: Numeric

            case .i32Eqz, .i64Eqz: pc = unary(op, pc, fp, I.eqz, I.eqz)
            case .i32Clz, .i64Clz: pc = unary(op, pc, fp, I.clz, I.clz)
            case .i32Ctz, .i64Ctz: pc = unary(op, pc, fp, I.ctz, I.ctz)
            case .i32Popcnt, .i64Popcnt: pc = unary(op, pc, fp, I.popcnt, I.popcnt)
            case .i32Extend8S, .i64Extend8S: pc = unary(op, pc, fp, I.extend8S, I.extend8S)
            case .i32Extend16S, .i64Extend16S: pc = unary(op, pc, fp, I.extend16S, I.extend16S)
            case .i64Extend32S: pc = un64(pc, fp) { UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: $0))) }
            case .i32Eq, .i64Eq: pc = binary(op, pc, fp, I.eq, I.eq)
            case .i32Ne, .i64Ne: pc = binary(op, pc, fp, I.ne, I.ne)
            case .i32LtS, .i64LtS: pc = binary(op, pc, fp, I.ltS, I.ltS)
            case .i32LtU, .i64LtU: pc = binary(op, pc, fp, I.ltU, I.ltU)
            case .i32GtS, .i64GtS: pc = binary(op, pc, fp, I.gtS, I.gtS)
            case .i32GtU, .i64GtU: pc = binary(op, pc, fp, I.gtU, I.gtU)
            case .i32LeS, .i64LeS: pc = binary(op, pc, fp, I.leS, I.leS)
            case .i32LeU, .i64LeU: pc = binary(op, pc, fp, I.leU, I.leU)
            case .i32GeS, .i64GeS: pc = binary(op, pc, fp, I.geS, I.geS)
            case .i32GeU, .i64GeU: pc = binary(op, pc, fp, I.geU, I.geU)
            case .i32Add, .i64Add: pc = binary(op, pc, fp, I.add, I.add)
            case .i32Sub, .i64Sub: pc = binary(op, pc, fp, I.sub, I.sub)
            case .i32Mul, .i64Mul: pc = binary(op, pc, fp, I.mul, I.mul)
            case .i32And, .i64And: pc = binary(op, pc, fp, I.and, I.and)
            case .i32Or, .i64Or: pc = binary(op, pc, fp, I.or, I.or)
            case .i32Xor, .i64Xor: pc = binary(op, pc, fp, I.xor, I.xor)
            case .i32Shl, .i64Shl: pc = binary(op, pc, fp, I.shl, I.shl)
            case .i32ShrS, .i64ShrS: pc = binary(op, pc, fp, I.shrS, I.shrS)
            case .i32ShrU, .i64ShrU: pc = binary(op, pc, fp, I.shrU, I.shrU)
            case .i32Rotl, .i64Rotl: pc = binary(op, pc, fp, I.rotl, I.rotl)
            case .i32Rotr, .i64Rotr: pc = binary(op, pc, fp, I.rotr, I.rotr)
            case .i32DivS, .i64DivS: pc = try trapping(op, pc, fp, I.divS, I.divS)
            case .i32DivU, .i64DivU: pc = try trapping(op, pc, fp, I.divU, I.divU)
            case .i32RemS, .i64RemS: pc = try trapping(op, pc, fp, I.remS, I.remS)
            case .i32RemU, .i64RemU: pc = try trapping(op, pc, fp, I.remU, I.remU)
            case .i32EqK, .i64EqK: pc = immediate(op, pc, fp, I.eq, I.eq)
            case .i32NeK, .i64NeK: pc = immediate(op, pc, fp, I.ne, I.ne)
            case .i32LtSK, .i64LtSK: pc = immediate(op, pc, fp, I.ltS, I.ltS)
            case .i32LtUK, .i64LtUK: pc = immediate(op, pc, fp, I.ltU, I.ltU)
            case .i32GtSK, .i64GtSK: pc = immediate(op, pc, fp, I.gtS, I.gtS)
            case .i32GtUK, .i64GtUK: pc = immediate(op, pc, fp, I.gtU, I.gtU)
            case .i32LeSK, .i64LeSK: pc = immediate(op, pc, fp, I.leS, I.leS)
            case .i32LeUK, .i64LeUK: pc = immediate(op, pc, fp, I.leU, I.leU)
            case .i32GeSK, .i64GeSK: pc = immediate(op, pc, fp, I.geS, I.geS)
            case .i32GeUK, .i64GeUK: pc = immediate(op, pc, fp, I.geU, I.geU)
            case .i32MulK, .i64MulK: pc = immediate(op, pc, fp, I.mul, I.mul)
            case .i32AndK, .i64AndK: pc = immediate(op, pc, fp, I.and, I.and)
            case .i32OrK, .i64OrK: pc = immediate(op, pc, fp, I.or, I.or)
            case .i32XorK, .i64XorK: pc = immediate(op, pc, fp, I.xor, I.xor)
            case .i32ShlK, .i64ShlK: pc = immediate(op, pc, fp, I.shl, I.shl)
            case .i32ShrSK, .i64ShrSK: pc = immediate(op, pc, fp, I.shrS, I.shrS)
            case .i32ShrUK, .i64ShrUK: pc = immediate(op, pc, fp, I.shrU, I.shrU)
            case .i64AddK: pc = imm64(pc, fp, I.add)
            case .i32AddK:
                pc = imm32(pc, fp) { $0 &+ $1 }
                // Address arithmetic comes in runs, and an epilogue stores the moved stack pointer.
                if UnsafeRawPointer(pc).load(as: Op.self) == .i32AddK {
                    pc = imm32(pc, fp) { $0 &+ $1 }
                }
                if UnsafeRawPointer(pc).load(as: Op.self) == .globalSet {
                    ctx.globals[Int(pc[1])].pointee = fp[Int(pc[2])]
                    pc += 3
                }

            case .f32Eq, .f32Ne, .f32Lt, .f32Gt, .f32Le, .f32Ge, .f32Abs, .f32Neg, .f32Ceil, .f32Floor, .f32Trunc,
                .f32Nearest, .f32Sqrt, .f32Add, .f32Sub, .f32Mul, .f32Div, .f32Min, .f32Max, .f32Copysign, .f64Eq,
                .f64Ne, .f64Lt, .f64Gt, .f64Le, .f64Ge, .f64Abs, .f64Neg, .f64Ceil, .f64Floor, .f64Trunc, .f64Nearest,
                .f64Sqrt, .f64Add, .f64Sub, .f64Mul, .f64Div, .f64Min, .f64Max, .f64Copysign, .i32TruncF32S,
                .i32TruncF32U, .i32TruncF64S, .i32TruncF64U, .i64TruncF32S, .i64TruncF32U, .i64TruncF64S,
                .i64TruncF64U, .i32TruncSatF32S, .i32TruncSatF32U, .i32TruncSatF64S, .i32TruncSatF64U,
                .i64TruncSatF32S, .i64TruncSatF32U, .i64TruncSatF64S, .i64TruncSatF64U, .f32ConvertI32S,
                .f32ConvertI32U, .f32ConvertI64S, .f32ConvertI64U, .f32DemoteF64, .f64ConvertI32S, .f64ConvertI32U,
                .f64ConvertI64S, .f64ConvertI64U, .f64PromoteF32, .canonicalizeF32, .canonicalizeF64:
                pc = try cold(pc, fp, ctx.instance)
            case .i32WrapI64, .i64ExtendI32U:
                fp[Int(pc[1])] = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[2])]))
                pc += 3
            case .i64ExtendI32S:
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: fp[Int(pc[2])])))
                pc += 3
            }
        }
    }

    @inline(__always)
    static func branch(_ pc: Code, _ fp: Slots, _ taken: (UInt32, UInt32) -> Bool) -> Code {
        let a = UInt32(truncatingIfNeeded: fp[Int(pc[1])])
        let b = UInt32(truncatingIfNeeded: fp[Int(pc[2])])
        return taken(a, b) ? pc + Int(Int32(bitPattern: pc[3])) : pc + 4
    }

    @inline(__always)
    static func branchK(_ pc: Code, _ fp: Slots, _ taken: (UInt32, UInt32) -> Bool) -> Code {
        let a = UInt32(truncatingIfNeeded: fp[Int(pc[1])])
        return taken(a, pc[2]) ? pc + Int(Int32(bitPattern: pc[3])) : pc + 4
    }

    /// The rarely executed bulk instructions, kept out of the loop's hot path.
    @inline(never)
    static func bulk(_ pc: Code, _ fp: Slots, _ instance: Instance) throws(ExecutionError) -> Code {
        func u32(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: fp[Int(pc[i])]) }
        do {
            switch UnsafeRawPointer(pc).load(as: Op.self) {
            case .memoryCopy:
                try instance.memoryCopy(destination: u32(1), source: u32(2), count: u32(3))
                return pc + 4
            case .memoryFill:
                try instance.memoryFill(destination: u32(1), value: u32(2), count: u32(3))
                return pc + 4
            case .memoryInit:
                try instance.memoryInit(
                    segment: Int(pc[1]), destination: u32(2), source: u32(3), count: u32(4))
                return pc + 5
            case .dataDrop:
                instance.droppedData[Int(pc[1])] = true
                return pc + 2
            case .tableInit:
                try instance.tableInit(
                    segment: Int(pc[1]), destination: u32(2), source: u32(3), count: u32(4))
                return pc + 5
            case .tableCopy:
                try instance.tableCopy(destination: u32(1), source: u32(2), count: u32(3))
                return pc + 4
            default:
                instance.droppedElements[Int(pc[1])] = true
                return pc + 2
            }
        } catch {
            throw .trap(error)
        }
    }

    @inline(never)
    static func callHost(_ box: HostFunctionBox, slots: Slots, caller: Instance?)
        throws(ExecutionError)
    {
        var call = HostCall(slots: slots, instance: caller)
        do {
            try box.function.body(&call)
        } catch let e as ExecutionError {
            throw e
        } catch {
            throw .host(error)
        }
        if box.hasResult { slots[0] = call.result }
    }
}
