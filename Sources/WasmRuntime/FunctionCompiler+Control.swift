extension FunctionCompiler {
    mutating func blockType() throws(ModuleError) -> ValueType? {
        let b = try reader.peek()
        if b == 0x40 {
            reader.offset += 1
            return nil
        }
        if let t = ValueType(rawValue: b) {
            reader.offset += 1
            return t
        }
        let index = try reader.s33()
        guard index >= 0, index < module.types.count else { throw invalid("unknown type") }
        let t = module.types[Int(index)]
        guard t.parameters.isEmpty, t.results.count <= 1 else {
            throw invalid("multi-value block type")
        }
        return t.results.first
    }

    mutating func enter(_ kind: Control.Kind, result: ValueType?) {
        materializeFrame()
        controls.append(
            Control(kind: kind, result: result, height: stack.count, liveAtEntry: live, start: code.count)
        )
    }

    func label(_ depth: UInt32) throws(ModuleError) -> Int {
        guard Int(depth) < controls.count else { throw invalid("unknown label") }
        return controls.count - 1 - Int(depth)
    }

    func branchType(_ frame: Int) -> ValueType? {
        controls[frame].kind == .loop ? nil : controls[frame].result
    }

    /// Pops the frame's result and checks the stack is back at the frame's height.
    mutating func checkFrameEnd() throws(ModuleError) {
        let frame = controls[controls.count - 1]
        if live, frame.result != nil, stack.count == frame.height + 1 { materialize(frame.height) }
        if let r = frame.result { _ = try pop(r) }
        guard stack.count == frame.height else { throw invalid("type mismatch") }
    }

    /// Moves a branch value into the target's result slot and jumps (or returns).
    mutating func branch(to frame: Int, value: UInt32?) {
        guard live else { return }
        if controls[frame].kind == .function {
            if let value { emit(.ret1, value) } else { emit(.ret0) }
            return
        }
        if let value, value != home(controls[frame].height) {
            define(.copy, home(controls[frame].height), value)
        }
        if controls[frame].kind == .loop {
            let start = code.count
            emit(.br, UInt32(bitPattern: Int32(controls[frame].start - start)))
        } else if let site = emitBranch(.br) {
            controls[frame].patches.append(site)
        }
    }

    mutating func compileBlock(loop: Bool) throws(ModuleError) {
        let r = try blockType()
        enter(loop ? .loop : .block, result: r)
    }

    mutating func compileIf() throws(ModuleError) {
        let r = try blockType()
        let cond = try pop(.i32)
        materializeFrame()
        let site = conditionalBranch(cond, position: stack.count, whenTrue: false)
        enter(.if, result: r)
        controls[controls.count - 1].elseBranch = site
    }

    mutating func compileElse() throws(ModuleError) {
        guard controls[controls.count - 1].kind == .if else { throw invalid("else without if") }
        try checkFrameEnd()
        let i = controls.count - 1
        if live, let site = emitBranch(.br) { controls[i].patches.append(site) }
        if let e = controls[i].elseBranch { patch(e, to: code.count) }
        controls[i].elseBranch = nil
        controls[i].kind = .else
        controls[i].unreachable = false
        live = controls[i].liveAtEntry
    }

    /// Returns true at the function's final `end`.
    mutating func compileEnd() throws(ModuleError) -> Bool {
        let i = controls.count - 1
        if controls[i].kind == .function {
            var value: UInt32? = nil
            if let r = controls[i].result {
                let v = try pop(r)
                value = use(v, stack.count)
            }
            guard stack.count == controls[i].height else { throw invalid("type mismatch") }
            if live {
                if let value { emit(.ret1, value) } else { emit(.ret0) }
            }
            controls.removeLast()
            return true
        }
        if controls[i].kind == .if, controls[i].result != nil { throw invalid("type mismatch") }
        try checkFrameEnd()
        let frame = controls.removeLast()
        live = frame.liveAtEntry
        for site in frame.patches { patch(site, to: code.count) }
        if let e = frame.elseBranch { patch(e, to: code.count) }
        lastDefinition = nil
        lastCompare = nil
        if let r = frame.result { push(r) }
        return false
    }

    mutating func compileBr() throws(ModuleError) {
        let target = try label(try reader.u32())
        var value: UInt32? = nil
        if let t = branchType(target) {
            let v = try pop(t)
            value = use(v, stack.count)
        }
        branch(to: target, value: value)
        markUnreachable()
    }

    mutating func compileBrIf() throws(ModuleError) {
        let target = try label(try reader.u32())
        let cond = try pop(.i32)
        let t = branchType(target)
        var value: UInt32? = nil
        if let t {
            let v = try pop(t)
            push(t, v.source)
            if live {
                materialize(stack.count - 1)
                value = home(stack.count - 1)
            }
        }
        guard live else { return }
        let simple =
            controls[target].kind != .function && (value == nil || value == home(controls[target].height))
        if simple && controls[target].kind == .loop {
            guard let site = conditionalBranch(cond, position: stack.count, whenTrue: true) else {
                return
            }
            patch(site, to: controls[target].start)
        } else if simple {
            if let site = conditionalBranch(cond, position: stack.count, whenTrue: true) {
                controls[target].patches.append(site)
            }
        } else {
            let skip = conditionalBranch(cond, position: stack.count, whenTrue: false)
            branch(to: target, value: value)
            if let skip { patch(skip, to: code.count) }
        }
    }

    mutating func compileBrTable() throws(ModuleError) {
        let n = Int(try reader.u32())
        guard n < 1 << 20 else { throw reader.fail("br_table too long") }
        var targets: [Int] = []
        targets.reserveCapacity(n + 1)
        for _ in 0...n { targets.append(try label(try reader.u32())) }
        let index = try pop(.i32)
        let arity = branchType(targets[n])
        for t in targets where branchType(t) != arity { throw invalid("type mismatch") }
        let indexSlot = use(index, stack.count)
        var valueSlot: UInt32 = ~0
        if let arity {
            let v = try pop(arity)
            valueSlot = use(v, stack.count)
        }
        if live {
            let start = code.count
            emit(.brTable, indexSlot, valueSlot, UInt32(n))
            var returns: [Int] = []
            for t in targets {
                let word = code.count
                code.append(0)
                switch controls[t].kind {
                case .function:
                    code.append(arity == nil ? ~0 : 0)
                    returns.append(word)
                case .loop:
                    code.append(~0)
                    patch((start, word), to: controls[t].start)
                default:
                    code.append(arity == nil ? ~0 : home(controls[t].height))
                    controls[t].patches.append((start, word))
                }
            }
            if !returns.isEmpty {
                for w in returns { patch((start, w), to: code.count) }
                emit(.ret0)
            }
        }
        markUnreachable()
    }

    mutating func compileReturn() throws(ModuleError) {
        var value: UInt32? = nil
        if let r = type.results.first {
            let v = try pop(r)
            value = use(v, stack.count)
        }
        branch(to: 0, value: value)
        markUnreachable()
    }

    /// Emits a branch taken when `cond` is non-zero (`whenTrue`) or zero, fusing a comparison
    /// that was the previous instruction.
    mutating func conditionalBranch(_ cond: Operand, position: Int, whenTrue: Bool) -> (Int, Int)? {
        guard live else { return nil }
        if case .slot = cond.source, let c = lastCompare, c.result == home(position),
            c.end == code.count
        {
            code.removeSubrange(c.start...)
            let op = whenTrue ? c.branch : Self.negated(c.branch)
            if op == .brIfEqz || op == .brIfNez || op == .brIfI64Eqz || op == .brIfI64Nez {
                return emitBranch(op, c.operands.0)
            }
            return emitBranch(op, c.operands.0, c.operands.1)
        }
        let slot = use(cond, position)
        return emitBranch(whenTrue ? .brIfNez : .brIfEqz, slot)
    }

    static func negated(_ op: Op) -> Op {
        switch op {
        case .brIfNez: .brIfEqz
        case .brIfEqz: .brIfNez
        case .brIfI64Nez: .brIfI64Eqz
        case .brIfI64Eqz: .brIfI64Nez
        case .brIfEq: .brIfNe
        case .brIfNe: .brIfEq
        case .brIfLtS: .brIfGeS
        case .brIfGeS: .brIfLtS
        case .brIfLtU: .brIfGeU
        case .brIfGeU: .brIfLtU
        case .brIfGtS: .brIfLeS
        case .brIfLeS: .brIfGtS
        case .brIfGtU: .brIfLeU
        case .brIfLeU: .brIfGtU
        case .brIfEqK: .brIfNeK
        case .brIfNeK: .brIfEqK
        case .brIfLtSK: .brIfGeSK
        case .brIfGeSK: .brIfLtSK
        case .brIfLtUK: .brIfGeUK
        case .brIfGeUK: .brIfLtUK
        case .brIfGtSK: .brIfLeSK
        case .brIfLeSK: .brIfGtSK
        case .brIfGtUK: .brIfLeUK
        case .brIfLeUK: .brIfGtUK
        default: op
        }
    }
}
