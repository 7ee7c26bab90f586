/// The interpreter loop. Wasm calls push a frame on the explicit frame stack and continue in
/// the same loop, so the native stack depth does not grow with the Wasm call depth.
enum Interpreter {
    typealias Slots = UnsafeMutablePointer<UInt64>
    typealias Code = UnsafePointer<UInt32>

    /// Runs `entry` with its arguments already at `fp`; its result is left at `fp[0]`.
    static func run(_ entry: FunctionReference, fp entryFP: Slots, stack: ExecutionStack) throws(ExecutionError) {
        var ctx = ExecutionContext(entry.instance!.takeUnretainedValue())
        guard entryFP + Int(entry.frameSize) <= stack.end else { throw .trap(.callStackExhausted) }
        stack.frames[0] = ExecutionStack.Frame(returnPC: nil, fp: entryFP, instance: Unmanaged.passUnretained(ctx.instance))
        var depth = 1
        var fp = entryFP
        (fp + Int(entry.parameterCount)).initialize(repeating: 0, count: Int(entry.localCount))
        var pc = entry.code!
        var memoryBase = ctx.memory.pointee.base
        var memorySize = UInt64(ctx.memory.pointee.byteCount)
        let stackEnd = stack.end
        let maxDepth = stack.maxDepth

        @inline(__always) func address(_ slot: UInt32, _ offset: UInt32, _ size: UInt64) throws(ExecutionError) -> Int {
            let ea = UInt64(UInt32(truncatingIfNeeded: fp[Int(slot)])) &+ UInt64(offset)
            guard ea &+ size <= memorySize else { throw .trap(.memoryOutOfBounds) }
            return Int(ea)
        }

        while true {
            switch UnsafeRawPointer(pc).load(as: Op.self) {
            // MARK: Control
            case .unreachable:
                throw .trap(.unreachable)
            case .br:
                pc = pc + Int(Int32(bitPattern: pc[1]))
            case .brIfNez:
                pc = UInt32(truncatingIfNeeded: fp[Int(pc[1])]) != 0 ? pc + Int(Int32(bitPattern: pc[2])) : pc + 3
            case .brIfEqz:
                pc = UInt32(truncatingIfNeeded: fp[Int(pc[1])]) == 0 ? pc + Int(Int32(bitPattern: pc[2])) : pc + 3
            case .brIfI64Nez:
                pc = fp[Int(pc[1])] != 0 ? pc + Int(Int32(bitPattern: pc[2])) : pc + 3
            case .brIfI64Eqz:
                pc = fp[Int(pc[1])] == 0 ? pc + Int(Int32(bitPattern: pc[2])) : pc + 3
            case .brIfEq: pc = branch(pc, fp) { $0 == $1 }
            case .brIfNe: pc = branch(pc, fp) { $0 != $1 }
            case .brIfLtS: pc = branch(pc, fp) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
            case .brIfLtU: pc = branch(pc, fp) { $0 < $1 }
            case .brIfGtS: pc = branch(pc, fp) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
            case .brIfGtU: pc = branch(pc, fp) { $0 > $1 }
            case .brIfLeS: pc = branch(pc, fp) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
            case .brIfLeU: pc = branch(pc, fp) { $0 <= $1 }
            case .brIfGeS: pc = branch(pc, fp) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
            case .brIfGeU: pc = branch(pc, fp) { $0 >= $1 }
            case .brIfEqK: pc = branchK(pc, fp) { $0 == $1 }
            case .brIfNeK: pc = branchK(pc, fp) { $0 != $1 }
            case .brIfLtSK: pc = branchK(pc, fp) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
            case .brIfLtUK: pc = branchK(pc, fp) { $0 < $1 }
            case .brIfGtSK: pc = branchK(pc, fp) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
            case .brIfGtUK: pc = branchK(pc, fp) { $0 > $1 }
            case .brIfLeSK: pc = branchK(pc, fp) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
            case .brIfLeUK: pc = branchK(pc, fp) { $0 <= $1 }
            case .brIfGeSK: pc = branchK(pc, fp) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
            case .brIfGeUK: pc = branchK(pc, fp) { $0 >= $1 }
            case .brTable:
                let n = pc[3]
                let i = min(UInt32(truncatingIfNeeded: fp[Int(pc[1])]), n)
                let entry = pc + 4 + 2 * Int(i)
                let d = entry[1]
                if d != ~0 { fp[Int(d)] = fp[Int(pc[2])] }
                pc = pc + Int(Int32(bitPattern: entry[0]))
            case .call:
                let callee = ctx.functions[Int(pc[1])]
                let calleeFP = fp + Int(pc[2])
                guard let code = callee.code else {
                    try callHost(callee.host!.takeUnretainedValue(), slots: calleeFP, caller: ctx.instance)
                    memorySize = UInt64(ctx.memory.pointee.byteCount)
                    pc += 3
                    continue
                }
                guard depth < maxDepth, calleeFP + Int(callee.frameSize) <= stackEnd else {
                    throw .trap(.callStackExhausted)
                }
                stack.frames[depth] = ExecutionStack.Frame(returnPC: pc + 3, fp: fp, instance: Unmanaged.passUnretained(ctx.instance))
                depth += 1
                fp = calleeFP
                (fp + Int(callee.parameterCount)).initialize(repeating: 0, count: Int(callee.localCount))
                pc = code
                if callee.instance!.toOpaque() != ctx.opaqueInstance {
                    ctx = ExecutionContext(callee.instance!.takeUnretainedValue())
                    memoryBase = ctx.memory.pointee.base
                    memorySize = UInt64(ctx.memory.pointee.byteCount)
                }
            case .callIndirect:
                let index = UInt64(UInt32(truncatingIfNeeded: fp[Int(pc[3])]))
                guard index < ctx.tableCount else { throw .trap(.tableOutOfBounds) }
                let callee = ctx.table![Int(index)]
                guard !callee.isNull else { throw .trap(.indirectCallToNull) }
                guard callee.typeID == Int32(bitPattern: pc[1]) else { throw .trap(.indirectCallTypeMismatch) }
                let calleeFP = fp + Int(pc[2])
                guard let code = callee.code else {
                    try callHost(callee.host!.takeUnretainedValue(), slots: calleeFP, caller: ctx.instance)
                    memorySize = UInt64(ctx.memory.pointee.byteCount)
                    pc += 4
                    continue
                }
                guard depth < maxDepth, calleeFP + Int(callee.frameSize) <= stackEnd else {
                    throw .trap(.callStackExhausted)
                }
                stack.frames[depth] = ExecutionStack.Frame(returnPC: pc + 4, fp: fp, instance: Unmanaged.passUnretained(ctx.instance))
                depth += 1
                fp = calleeFP
                (fp + Int(callee.parameterCount)).initialize(repeating: 0, count: Int(callee.localCount))
                pc = code
                if callee.instance!.toOpaque() != ctx.opaqueInstance {
                    ctx = ExecutionContext(callee.instance!.takeUnretainedValue())
                    memoryBase = ctx.memory.pointee.base
                    memorySize = UInt64(ctx.memory.pointee.byteCount)
                }
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
            case .copy:
                fp[Int(pc[1])] = fp[Int(pc[2])]
                pc += 3
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
            case .canonicalizeF32:
                fp[Int(pc[1])] = UInt64(FloatOperations.canonical32(UInt32(truncatingIfNeeded: fp[Int(pc[1])])))
                pc += 2
            case .canonicalizeF64:
                fp[Int(pc[1])] = FloatOperations.canonical64(fp[Int(pc[1])])
                pc += 2

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
                fp[Int(pc[1])] = UInt64(UInt32(bitPattern: Int32(memoryBase.load(fromByteOffset: a, as: Int8.self))))
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
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(memoryBase.load(fromByteOffset: a, as: Int8.self)))
                pc += 4
            case .i64Load16S:
                let a = try address(pc[2], pc[3], 2)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(memoryBase.loadUnaligned(fromByteOffset: a, as: Int16.self)))
                pc += 4
            case .i64Load32S:
                let a = try address(pc[2], pc[3], 4)
                fp[Int(pc[1])] = UInt64(bitPattern: Int64(memoryBase.loadUnaligned(fromByteOffset: a, as: Int32.self)))
                pc += 4
            case .i64Load32U:
                let a = try address(pc[2], pc[3], 4)
                fp[Int(pc[1])] = UInt64(memoryBase.loadUnaligned(fromByteOffset: a, as: UInt32.self))
                pc += 4
            case .i32Store, .i64Store32:
                let a = try address(pc[1], pc[3], 4)
                memoryBase.storeBytes(of: UInt32(truncatingIfNeeded: fp[Int(pc[2])]), toByteOffset: a, as: UInt32.self)
                pc += 4
            case .i64Store:
                let a = try address(pc[1], pc[3], 8)
                memoryBase.storeBytes(of: fp[Int(pc[2])], toByteOffset: a, as: UInt64.self)
                pc += 4
            case .i32Store8, .i64Store8:
                let a = try address(pc[1], pc[3], 1)
                memoryBase.storeBytes(of: UInt8(truncatingIfNeeded: fp[Int(pc[2])]), toByteOffset: a, as: UInt8.self)
                pc += 4
            case .i32Store16, .i64Store16:
                let a = try address(pc[1], pc[3], 2)
                memoryBase.storeBytes(of: UInt16(truncatingIfNeeded: fp[Int(pc[2])]), toByteOffset: a, as: UInt16.self)
                pc += 4
            case .memorySize:
                fp[Int(pc[1])] = memorySize / UInt64(Memory.pageSize)
                pc += 2
            case .memoryGrow:
                let delta = UInt32(truncatingIfNeeded: fp[Int(pc[2])])
                let old = ctx.instance.memory?.grow(by: Int(delta)).map { UInt32($0) } ?? UInt32.max
                fp[Int(pc[1])] = UInt64(old)
                memorySize = UInt64(ctx.memory.pointee.byteCount)
                pc += 3
            case .memoryCopy, .memoryFill, .memoryInit, .dataDrop, .tableInit, .tableCopy, .elemDrop:
                pc = try bulk(pc, fp, ctx.instance)

            default:
                pc = try numeric(pc, fp)
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
                try instance.memoryInit(segment: Int(pc[1]), destination: u32(2), source: u32(3), count: u32(4))
                return pc + 5
            case .dataDrop:
                instance.droppedData[Int(pc[1])] = true
                return pc + 2
            case .tableInit:
                try instance.tableInit(segment: Int(pc[1]), destination: u32(2), source: u32(3), count: u32(4))
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
    static func callHost(_ box: HostFunctionBox, slots: Slots, caller: Instance?) throws(ExecutionError) {
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
