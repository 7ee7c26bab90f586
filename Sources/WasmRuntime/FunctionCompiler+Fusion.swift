/// Recognises the instrumentation's gas and stack-limit sequences (and plain global increments)
/// starting at a `global.get`, and emits one instruction with the same effects and trap point.
extension FunctionCompiler {
    private struct Step: Equatable {
        var opcode: UInt8
        var immediate: Int64 = 0
    }

    /// Decodes the next `count` instructions after the current position, if they are simple ones.
    private func lookahead(_ count: Int) -> [Step]? {
        var r = reader
        var steps: [Step] = []
        steps.reserveCapacity(count)
        for _ in 0..<count {
            guard let op = try? r.byte() else { return nil }
            var step = Step(opcode: op)
            switch op {
            case 0x10, 0x20, 0x22, 0x23, 0x24:
                guard let v = try? r.u32() else { return nil }
                step.immediate = Int64(v)
            case 0x41:
                guard let v = try? r.s32() else { return nil }
                step.immediate = Int64(v)
            case 0x42:
                guard let v = try? r.s64() else { return nil }
                step.immediate = v
            case 0x04:
                guard let v = try? r.byte(), v == 0x40 else { return nil }
            case 0x00, 0x0B, 0x6A, 0x6B, 0x7C, 0x7D, 0x4B, 0x53:
                break
            default:
                return nil
            }
            steps.append(step)
        }
        return steps
    }

    /// Skips `count` instructions already matched by `lookahead`.
    private mutating func skip(_ count: Int) {
        for _ in 0..<count {
            let op = (try? reader.byte()) ?? 0
            switch op {
            case 0x10, 0x20, 0x22, 0x23, 0x24: _ = try? reader.u32()
            case 0x41: _ = try? reader.s32()
            case 0x42: _ = try? reader.s64()
            case 0x04: _ = try? reader.byte()
            default: break
            }
        }
    }

    private func isMutable(_ g: UInt32, _ t: ValueType) -> Bool {
        module.globalTypes[Int(g)] == (t, true)
    }

    /// Called after reading `global.get g`; returns true when it emitted a fused sequence.
    mutating func fuseGlobalSequence(_ g: UInt32) throws(ModuleError) -> Bool {
        let gi = Int64(g)
        if isMutable(g, .i64), let s = lookahead(10),
            s[0].opcode == 0x42, s[1] == Step(opcode: 0x7C), s[2].opcode == 0x22,
            s[3] == Step(opcode: 0x24, immediate: gi),
            s[4] == Step(opcode: 0x20, immediate: s[2].immediate),
            s[5] == Step(opcode: 0x42, immediate: 0),
            s[6] == Step(opcode: 0x53), s[7] == Step(opcode: 0x04), s[8] == Step(opcode: 0x00),
            s[9] == Step(opcode: 0x0B),
            s[2].immediate < locals.count, locals[Int(s[2].immediate)] == .i64
        {
            // global.get G; i64.const k; i64.add; local.tee B; global.set G; local.get B;
            // i64.const 0; i64.lt_s; if unreachable end
            let b = UInt32(s[2].immediate)
            willWrite(local: b)
            let k = UInt64(bitPattern: s[0].immediate)
            emit(.gasCharge, g, UInt32(truncatingIfNeeded: k), UInt32(truncatingIfNeeded: k >> 32), b)
            skip(10)
            return true
        }
        if isMutable(g, .i32), let s = lookahead(9),
            s[0].opcode == 0x41, s[1] == Step(opcode: 0x6A), s[2] == Step(opcode: 0x24, immediate: gi),
            s[3] == Step(opcode: 0x23, immediate: gi), s[4].opcode == 0x41, s[5] == Step(opcode: 0x4B),
            s[6] == Step(opcode: 0x04), s[7] == Step(opcode: 0x00), s[8] == Step(opcode: 0x0B)
        {
            // global.get SH; i32.const c; i32.add; global.set SH; global.get SH; i32.const L; i32.gt_u;
            // if unreachable end [call f]
            let k = UInt32(bitPattern: Int32(s[0].immediate))
            let limit = UInt32(bitPattern: Int32(s[4].immediate))
            if let next = lookahead(10)?.last, next.opcode == 0x10, next.immediate < module.functionCount {
                // The arguments move to their slots before the guard instead of after: unobservable.
                skip(10)
                let f = UInt32(next.immediate)
                let callee = module.functionType(Int(f))
                let p = try popArguments(callee)
                emit(.guardedCall, g, k, limit)
                emit(.call, f, home(p))
                if let r = callee.results.first { push(r) }
                return true
            }
            emit(.stackGuard, g, k, limit)
            skip(9)
            return true
        }
        if isMutable(g, .i32), let s = lookahead(4), s[0].opcode == 0x41,
            s[1].opcode == 0x6A || s[1].opcode == 0x6B, s[2].opcode == 0x22,
            s[3] == Step(opcode: 0x24, immediate: gi),
            s[2].immediate < locals.count, locals[Int(s[2].immediate)] == .i32
        {
            // global.get SP; i32.const k; i32.sub; local.tee FP; global.set SP
            let x = UInt32(s[2].immediate)
            let k = UInt32(bitPattern: Int32(s[0].immediate))
            willWrite(local: x)
            emit(.globalAddTee, g, s[1].opcode == 0x6A ? k : 0 &- k, x)
            skip(4)
            return true
        }
        if let s = lookahead(3), s[2] == Step(opcode: 0x24, immediate: gi) {
            if isMutable(g, .i32), s[0].opcode == 0x41, s[1].opcode == 0x6A || s[1].opcode == 0x6B {
                let k = UInt32(bitPattern: Int32(s[0].immediate))
                emit(.globalAddI32, g, s[1].opcode == 0x6A ? k : 0 &- k)
                skip(3)
                return true
            }
            if isMutable(g, .i64), s[0].opcode == 0x42, s[1].opcode == 0x7C || s[1].opcode == 0x7D {
                let k0 = UInt64(bitPattern: s[0].immediate)
                let k = s[1].opcode == 0x7C ? k0 : 0 &- k0
                emit(.globalAddI64, g, UInt32(truncatingIfNeeded: k), UInt32(truncatingIfNeeded: k >> 32))
                skip(3)
                return true
            }
        }
        return false
    }
}
