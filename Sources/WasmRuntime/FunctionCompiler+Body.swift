extension FunctionCompiler {
    /// Translates the whole body; returns the code and the frame size in slots.
    mutating func compile() throws(ModuleError) -> (code: [UInt32], frameSize: Int) {
        controls.append(
            Control(kind: .function, result: type.results.first, height: 0, liveAtEntry: true))
        while true {
            guard !reader.isAtEnd else { throw reader.fail("unexpected end of section or function") }
            let opcode = try reader.byte()
            if opcode == 0x0B {
                if try compileEnd() { break }
                continue
            }
            try compileInstruction(opcode)
        }
        guard reader.isAtEnd else { throw reader.fail("section size mismatch") }
        return (code, locals.count + maxHeight + 1)
    }

    mutating func compileInstruction(_ opcode: UInt8) throws(ModuleError) {
        switch opcode {
        case 0x00:
            emit(.unreachable)
            markUnreachable()
        case 0x01: break
        case 0x02: try compileBlock(loop: false)
        case 0x03: try compileBlock(loop: true)
        case 0x04: try compileIf()
        case 0x05: try compileElse()
        case 0x0C: try compileBr()
        case 0x0D: try compileBrIf()
        case 0x0E: try compileBrTable()
        case 0x0F: try compileReturn()
        case 0x10: try compileCall()
        case 0x11: try compileCallIndirect()
        case 0x1A: _ = try pop(nil)
        case 0x1B: try compileSelect()
        case 0x20: try localGet()
        case 0x21: try localSet(tee: false)
        case 0x22: try localSet(tee: true)
        case 0x23: try globalGet()
        case 0x24: try globalSet()
        case 0x28...0x3E: try compileMemoryAccess(opcode)
        case 0x3F, 0x40: try compileMemorySizeOrGrow(grow: opcode == 0x40)
        case 0x41: push(.i32, .constant(UInt64(UInt32(bitPattern: try reader.s32()))))
        case 0x42: push(.i64, .constant(UInt64(bitPattern: try reader.s64())))
        case 0x43: push(.f32, .constant(UInt64(try reader.f32Bits())))
        case 0x44: push(.f64, .constant(try reader.f64Bits()))
        case 0xBC...0xBF: try reinterpret(opcode)
        case 0xC0...0xC4:
            guard features.contains(.signExtension) else { throw reader.fail("illegal opcode") }
            try compileNumeric(NumericSignature.signExtension[Int(opcode - 0xC0)])
        case 0xFC: try compilePrefixed()
        default:
            guard let sig = NumericSignature.table[Int(opcode)] else {
                throw reader.fail("illegal opcode \(opcode)", at: reader.offset - 1)
            }
            try compileNumeric(sig)
        }
    }

    mutating func compilePrefixed() throws(ModuleError) {
        let sub = try reader.u32()
        switch sub {
        case 0...7:
            guard features.contains(.saturatingFloatToInt) else { throw reader.fail("illegal opcode") }
            try compileNumeric(NumericSignature.saturating[Int(sub)])
        case 8...14:
            guard features.contains(.bulkMemory) else { throw reader.fail("illegal opcode") }
            try compileBulk(sub)
        default:
            throw reader.fail("illegal opcode 0xfc \(sub)")
        }
    }

    mutating func localGet() throws(ModuleError) {
        let x = try reader.u32()
        guard Int(x) < locals.count else { throw invalid("unknown local") }
        push(locals[Int(x)], .local(x))
    }

    mutating func localSet(tee: Bool) throws(ModuleError) {
        let x = try reader.u32()
        guard Int(x) < locals.count else { throw invalid("unknown local") }
        let t = locals[Int(x)]
        let v = try pop(t)
        let position = stack.count
        defer { if tee { push(t, .local(x)) } }
        guard live else { return }
        if case .slot = v.source, let d = lastDefinition, d.slot == home(position),
            !references(local: x)
        {
            // Retarget the producing instruction; it reads its operands before writing.
            code[d.start + 1] = x
            lastDefinition = nil
            lastCompare = nil
            return
        }
        willWrite(local: x)
        if case .constant(let k) = v.source {
            emitConstant(x, k, t)
        } else {
            let src = use(v, position)
            if src != x { define(.copy, x, src) }
        }
        lastDefinition = nil
    }

    func references(local x: UInt32) -> Bool {
        localReferences > 0 && stack.contains { $0.source == .local(x) }
    }

    mutating func globalGet() throws(ModuleError) {
        let g = try reader.u32()
        guard Int(g) < module.globalTypes.count else { throw invalid("unknown global") }
        if live, try fuseGlobalSequence(g) { return }
        define(.globalGet, home(stack.count), g)
        push(module.globalTypes[Int(g)].type)
    }

    mutating func globalSet() throws(ModuleError) {
        let g = try reader.u32()
        guard Int(g) < module.globalTypes.count else { throw invalid("unknown global") }
        let (t, mutable) = module.globalTypes[Int(g)]
        guard mutable else { throw invalid("global is immutable") }
        let v = try pop(t)
        let src = use(v, stack.count)
        emit(.globalSet, g, src)
    }

    mutating func compileSelect() throws(ModuleError) {
        let c = try pop(.i32)
        let b = try pop(nil)
        let a = try pop(b.type)
        let t = a.type ?? b.type
        let p = stack.count
        let sa = use(a, p)
        let sb = use(b, p + 1)
        let sc = use(c, p + 2)
        define(.select, home(p), sa, sb, sc)
        push(t)
    }

    mutating func reinterpret(_ opcode: UInt8) throws(ModuleError) {
        let (from, to): (ValueType, ValueType) =
            switch opcode {
            case 0xBC: (.f32, .i32)
            case 0xBD: (.f64, .i64)
            case 0xBE: (.i32, .f32)
            default: (.i64, .f64)
            }
        let v = try pop(from)
        push(to, v.source)
    }

    mutating func compileNumeric(_ sig: NumericSignature) throws(ModuleError) {
        let p: Int
        if sig.inputs.count == 2 {
            let b = try pop(sig.inputs[1])
            let a = try pop(sig.inputs[0])
            p = stack.count
            let sa = use(a, p)
            if let k = sig.immediate, case .constant(let value) = b.source {
                if sig.inputs[0] == .i64 {
                    define(
                        k, home(p), sa, UInt32(truncatingIfNeeded: value),
                        UInt32(truncatingIfNeeded: value >> 32))
                } else {
                    define(k, home(p), sa, UInt32(truncatingIfNeeded: value))
                    if let branch = sig.branch?.immediate {
                        noteCompare(branch, sa, UInt32(truncatingIfNeeded: value))
                    }
                }
            } else if sig.op == .i32Sub, case .constant(let value) = b.source {
                define(.i32AddK, home(p), sa, 0 &- UInt32(truncatingIfNeeded: value))
            } else if sig.op == .i64Sub, case .constant(let value) = b.source {
                let n = 0 &- value
                define(
                    .i64AddK, home(p), sa, UInt32(truncatingIfNeeded: n), UInt32(truncatingIfNeeded: n >> 32))
            } else {
                let sb = use(b, p + 1)
                define(sig.op, home(p), sa, sb)
                if let branch = sig.branch?.op { noteCompare(branch, sa, sb) }
            }
        } else {
            let a = try pop(sig.inputs[0])
            p = stack.count
            let sa = use(a, p)
            define(sig.op, home(p), sa)
            if sig.op == .i32Eqz { noteCompare(.brIfEqz, sa, 0) }
            if sig.op == .i64Eqz { noteCompare(.brIfI64Eqz, sa, 0) }
        }
        if sig.producesArithmeticNaN && canonicalizeNaNs {
            emit(sig.output == .f32 ? .canonicalizeF32 : .canonicalizeF64, home(p))
        }
        push(sig.output)
    }

    mutating func noteCompare(_ branch: Op, _ a: UInt32, _ b: UInt32) {
        guard live, let d = lastDefinition else { return }
        lastCompare = Compare(
            start: d.start, end: code.count, result: d.slot, branch: branch, operands: (a, b))
    }
}
