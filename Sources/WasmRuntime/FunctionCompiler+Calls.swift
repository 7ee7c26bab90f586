extension FunctionCompiler {
    /// Pops the arguments of `callee` and writes them to consecutive slots; returns the first position.
    mutating func popArguments(_ callee: FunctionType, extra: Operand? = nil) throws(ModuleError)
        -> Int
    {
        var args: [Operand] = []
        args.reserveCapacity(callee.parameters.count)
        for t in callee.parameters.reversed() { args.append(try pop(t)) }
        let p = stack.count
        for (i, v) in args.reversed().enumerated() {
            let slot = use(v, p + i)
            if slot != home(p + i) { define(.copy, home(p + i), slot) }
        }
        // The callee frame holds its results at the caller's argument position.
        if p + max(callee.parameters.count, callee.results.count) > maxHeight {
            maxHeight = p + max(callee.parameters.count, callee.results.count)
        }
        return p
    }

    mutating func compileCall() throws(ModuleError) {
        let f = try reader.u32()
        guard Int(f) < module.functionCount else { throw invalid("unknown function") }
        let callee = module.functionType(Int(f))
        let p = try popArguments(callee)
        emit(.call, f, home(p))
        if let r = callee.results.first { push(r) }
    }

    mutating func compileCallIndirect() throws(ModuleError) {
        let t = try reader.u32()
        let reservedAt = reader.offset
        let table = try reader.byte()
        guard table == 0 else { throw reader.fail("zero byte expected", at: reservedAt) }
        guard module.table != nil else { throw invalid("unknown table") }
        guard Int(t) < module.types.count else { throw invalid("unknown type") }
        let callee = module.types[Int(t)]
        let index = try pop(.i32)
        let p = try popArguments(callee)
        let indexSlot = use(index, p + callee.parameters.count)
        emit(.callIndirect, UInt32(bitPattern: typeIDs[Int(t)]), home(p), indexSlot)
        if let r = callee.results.first { push(r) }
    }
}
