/// Applies the stack limiter and then gas metering, and encodes the result.
public enum ModuleInstrumenter {
    /// Validates `bytes` against the rules' feature set and instruments it.
    ///
    /// With `inlineCharges` (the engine's form), each block charge is written as the gas
    /// function's body instead of a call to it, and subtractions of constants as additions of the
    /// negated constant: the same values, traps and prices, fewer interpreter dispatches.
    /// Dynamic charges still call the gas function. Off by default so the output has the crate's
    /// instruction sequence.
    public static func instrument(
        _ bytes: [UInt8], rules: InstrumentationRules, passes: InstrumentationPasses = .all,
        keepBlocks: Bool = false, inlineCharges: Bool = false
    ) throws(WasmPreparationError) -> InstrumentedModule {
        let limit = passes.contains(.stackLimiter)
        let meter = passes.contains(.gasMetering)
        let m = try WasmModuleParser.parse(bytes)
        let decoder = InstructionDecoder(features: rules.features)
        let imported = m.importedFunctionCount
        let originalFunctionCount = m.totalFunctionCount

        // Decode every body and compute stack costs on the original code.
        var bodies: [DecodedBody] = []
        bodies.reserveCapacity(m.code.count)
        var costs: [UInt32] = []
        costs.reserveCapacity(m.code.count)
        for (i, entry) in m.code.enumerated() {
            let fn = imported + i
            let body = try decoder.decode(
                bytes: bytes, start: entry.body.lowerBound, end: entry.body.upperBound, function: fn)
            guard let type = m.functionType(fn) else {
                throw .malformed(reason: "function \(fn) has an unknown type", offset: entry.body.lowerBound)
            }
            let c = try StackLimiter.cost(of: body, type: type, module: m, rules: rules, function: fn)
            costs.append(c)
            bodies.append(body)
        }
        func cost(_ f: Int) -> UInt32? {
            if f < imported || !limit { return 0 }
            let d = f - imported
            return d < costs.count ? costs[d] : nil
        }

        // Indices as the crates compute them (including their index quirks).
        let stackHeightIndex = UInt32(m.globals.count)
        let gasGlobal = UInt32(m.importedGlobalCount)
        func shifted(_ g: Int64) -> Int64 {
            if !meter { return g }
            switch rules.globalIndexShift {
            case .all: return g + 1
            case .atOrAboveGasGlobal: return g >= Int64(gasGlobal) ? g + 1 : g
            }
        }

        // Thunks for exported, table-referenced and start functions, in function-index order.
        var thunkTargets = Set<UInt32>()
        for e in m.exports where e.kind == 0 { thunkTargets.insert(e.index) }
        for seg in m.elements { for f in seg.functions { thunkTargets.insert(f) } }
        if let s = m.start { thunkTargets.insert(s) }
        let thunked = thunkTargets.filter { (cost(Int($0)) ?? 0) != 0 }.sorted()
        var thunkIndex: [UInt32: UInt32] = [:]
        for (i, f) in thunked.enumerated() { thunkIndex[f] = UInt32(originalFunctionCount + i) }
        let gasFunction = UInt32(originalFunctionCount + thunked.count)
        let gasFunctionType = UInt32(m.types.count)

        if meter {
            try checkImportedGlobals(m, rules: rules)
            try checkOffsets(m, rules: rules)
        }

        // Code section: original functions, then thunks, each stack-limited then metered.
        var code = WasmByteWriter()
        code.u32(UInt32(bodies.count + thunked.count + (meter ? 1 : 0)))
        var allBlocks: [[MeteredBlock]] = []
        for (i, body) in bodies.enumerated() {
            let fn = imported + i
            var post: [WasmInstruction] = []
            post.reserveCapacity(body.instructions.count + 16)
            for ins in body.instructions {
                if ins.opcode == Op.call, let c = cost(Int(ins.immediate)), c > 0 {
                    post.append(
                        contentsOf: StackLimiter.guardedCall(
                            UInt32(ins.immediate), cost: c,
                            stackHeightGlobal: stackHeightIndex, limit: rules.stackLimit,
                            fused: inlineCharges))
                } else {
                    post.append(ins)
                }
            }
            let type = m.functionType(fn)!
            let (blocks, _) = try emitBody(
                &code, post: post, labels: body.labels, localGroups: body.localGroups,
                paramCount: type.params.count, totalLocals: body.totalLocals,
                bytes: bytes, rules: rules, function: fn, gasFunction: gasFunction, meter: meter,
                inline: inlineCharges ? gasGlobal : nil, shift: shifted)
            if keepBlocks { allBlocks.append(blocks) }
        }
        for (i, f) in thunked.enumerated() {
            let type = m.functionType(Int(f))!
            var post: [WasmInstruction] = (0..<type.params.count).map { WasmInstruction(Op.localGet, Int64($0)) }
            post.append(
                contentsOf: StackLimiter.guardedCall(
                    f, cost: cost(Int(f))!, stackHeightGlobal: stackHeightIndex,
                    limit: rules.stackLimit, fused: inlineCharges))
            post.append(WasmInstruction(Op.end))
            let (blocks, _) = try emitBody(
                &code, post: post, labels: [], localGroups: [], paramCount: type.params.count,
                totalLocals: 0, bytes: bytes, rules: rules, function: originalFunctionCount + i,
                gasFunction: gasFunction, meter: meter, inline: inlineCharges ? gasGlobal : nil, shift: shifted)
            if keepBlocks { allBlocks.append(blocks) }
        }
        if meter { emitGasFunction(&code, gasGlobal: gasGlobal) }

        // Exports: redirect to thunks, reindex globals as the version does, add reset exports.
        var exportNames = Set(m.exports.map(\.name))
        var exports = WasmByteWriter()
        var resetExports: [String] = []
        var extra: [(String, UInt32)] = []
        let finalGlobalBase = UInt32(m.importedGlobalCount) + (meter ? 1 : 0)
        for (i, g) in m.globals.enumerated() where g.mutable {
            let name = uniqueName("__fvm_global_\(i)", &exportNames)
            extra.append((name, finalGlobalBase + UInt32(i)))
            resetExports.append(name)
        }
        var shName = ""
        if limit {
            shName = uniqueName("__fvm_stack_height", &exportNames)
            extra.append((shName, finalGlobalBase + UInt32(m.globals.count)))
            resetExports.append(shName)
        }
        exports.u32(UInt32(m.exports.count + extra.count))
        for e in m.exports {
            exports.name(e.name)
            exports.byte(e.kind)
            var index = e.index
            if e.kind == 0, let t = thunkIndex[index] { index = t }
            if e.kind == 3 && rules.reindexExportedGlobals { index = UInt32(shifted(Int64(index))) }
            exports.u32(index)
        }
        for (name, index) in extra {
            exports.name(name)
            exports.byte(3)
            exports.u32(index)
        }

        // Assemble the module.
        var out = WasmByteWriter()
        out.append([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00])
        var types = WasmByteWriter()
        types.u32(UInt32(m.types.count + (meter ? 1 : 0)))
        for t in m.types {
            types.byte(0x60)
            types.u32(UInt32(t.params.count)); types.append(t.params)
            types.u32(UInt32(t.results.count)); types.append(t.results)
        }
        if meter { types.append([0x60, 0x01, 0x7E, 0x00]) }
        if !types.bytes.isEmpty && (meter || !m.types.isEmpty) { out.section(1, types.bytes) }

        var imports = WasmByteWriter()
        imports.u32(UInt32(m.imports.count + (meter ? 1 : 0)))
        for imp in m.imports {
            imports.name(imp.module)
            imports.name(imp.name)
            switch imp.kind {
            case .function(let t): imports.byte(0); imports.u32(t)
            case .table(let raw): imports.byte(1); imports.append(bytes[raw])
            case .memory(_, _, let raw): imports.byte(2); imports.append(bytes[raw])
            case .global(let t, let mutable): imports.byte(3); imports.byte(t); imports.byte(mutable ? 1 : 0)
            }
        }
        if meter {
            imports.name(rules.gasModule)
            imports.name(rules.gasGlobalName)
            imports.append([0x03, 0x7E, 0x01])
        }
        if meter || !m.imports.isEmpty { out.section(2, imports.bytes) }

        var functions = WasmByteWriter()
        functions.u32(UInt32(m.functionTypeIndices.count + thunked.count + (meter ? 1 : 0)))
        for t in m.functionTypeIndices { functions.u32(t) }
        for f in thunked { functions.u32(m.functionTypeIndices[Int(f) - imported]) }
        if meter { functions.u32(gasFunctionType) }
        out.section(3, functions.bytes)

        if let r = m.tableSection { out.section(4, Array(bytes[r])) }
        if let r = m.memorySection { out.section(5, Array(bytes[r])) }

        var globals = WasmByteWriter()
        globals.u32(UInt32(m.globals.count + (limit ? 1 : 0)))
        for g in m.globals {
            globals.byte(g.type)
            globals.byte(g.mutable ? 1 : 0)
            globals.append(bytes[g.initExpr])
        }
        if limit { globals.append([0x7F, 0x01, 0x41, 0x00, 0x0B]) }
        if limit || !m.globals.isEmpty { out.section(6, globals.bytes) }
        out.section(7, exports.bytes)

        if let s = m.start {
            var w = WasmByteWriter()
            w.u32(thunkIndex[s] ?? s)
            out.section(8, w.bytes)
        }
        if !m.elements.isEmpty {
            var w = WasmByteWriter()
            w.u32(UInt32(m.elements.count))
            for seg in m.elements {
                w.append(bytes[seg.header])
                w.u32(UInt32(seg.functions.count))
                for f in seg.functions { w.u32(thunkIndex[f] ?? f) }
            }
            out.section(9, w.bytes)
        }
        if let n = m.dataCount {
            var w = WasmByteWriter()
            w.u32(n)
            out.section(12, w.bytes)
        }
        out.section(10, code.bytes)
        if let r = m.dataSection { out.section(11, Array(bytes[r])) }

        return InstrumentedModule(
            bytes: out.bytes, mutableGlobalExports: resetExports, stackHeightExport: shName, stackCosts: costs,
            memoryMinPages: m.memories.first?.min, memoryMaxPages: m.memories.first?.max,
            exportedTableMinElements: m.exports.first { $0.kind == 1 && $0.name == "table" }
                .flatMap { Int($0.index) < m.tableMins.count ? m.tableMins[Int($0.index)] : nil },
            functionImports: m.imports.compactMap { imp in
                guard case .function(let t) = imp.kind, Int(t) < m.types.count else { return nil }
                return (imp.module, imp.name, m.types[Int(t)].params, m.types[Int(t)].results)
            },
            meteredBlocks: allBlocks)
    }

    /// Meters one post-limiter body and writes it with its charges to the code section.
    private static func emitBody(
        _ code: inout WasmByteWriter, post: [WasmInstruction], labels: [UInt32],
        localGroups: [(count: UInt32, type: UInt8)], paramCount: Int, totalLocals: UInt64,
        bytes: [UInt8], rules: InstrumentationRules, function: Int, gasFunction: UInt32,
        meter: Bool, inline gasGlobal: UInt32?,
        shift: (Int64) -> Int64
    ) throws(WasmPreparationError) -> ([MeteredBlock], Int) {
        let (blocks, dynamic) =
            meter ? try GasMetering.meter(post, labels: labels, rules: rules, function: function) : ([], [])
        var w = WasmByteWriter()
        w.bytes.reserveCapacity(post.count * 3 + blocks.count * 8)
        // The engine form keeps the new balance in an extra i64 local instead of re-reading G.
        let balanceLocal = gasGlobal != nil && !blocks.isEmpty
        w.u32(UInt32(localGroups.count + (dynamic.isEmpty ? 0 : 1) + (balanceLocal ? 1 : 0)))
        for g in localGroups { w.u32(g.count); w.byte(g.type) }
        let temp = UInt32(paramCount) + UInt32(totalLocals)
        if !dynamic.isEmpty { w.u32(1); w.byte(0x7F) }
        let balance = temp + (dynamic.isEmpty ? 0 : 1)
        if balanceLocal { w.u32(1); w.byte(0x7E) }
        var nextBlock = 0
        var nextDynamic = 0
        for (pos, ins) in post.enumerated() {
            if nextBlock < blocks.count && blocks[nextBlock].start == pos {
                if let g = gasGlobal {
                    // G + (−cost) wraps exactly like G − cost, and WasmKit fuses an add with a constant.
                    w.byte(0x23); w.u32(g)
                    w.byte(0x42); w.s64(0 &- Int64(bitPattern: blocks[nextBlock].cost))
                    w.byte(0x7C)
                    w.byte(0x22); w.u32(balance)
                    w.byte(0x24); w.u32(g)
                    w.byte(0x20); w.u32(balance)
                    w.byte(0x42); w.s64(0)
                    w.byte(0x53)
                    w.append([0x04, 0x40, 0x00, 0x0B])
                } else {
                    w.byte(0x42); w.s64(Int64(bitPattern: blocks[nextBlock].cost))
                    w.byte(0x10); w.u32(gasFunction)
                }
                nextBlock += 1
            }
            if nextDynamic < dynamic.count && dynamic[nextDynamic].position == pos {
                w.byte(0x22); w.u32(temp)
                w.byte(0x20); w.u32(temp)
                w.byte(0xAD)
                w.byte(0x42); w.s64(Int64(dynamic[nextDynamic].unit))
                w.byte(0x7E)
                w.byte(0x10); w.u32(gasFunction)
                nextDynamic += 1
            }
            if ins.opcode == Op.globalGet || ins.opcode == Op.globalSet {
                w.byte(UInt8(ins.opcode)); w.u32(UInt32(shift(ins.immediate)))
            } else if ins.isSynthetic {
                encodeSynthetic(ins, &w)
            } else {
                w.append(bytes[Int(ins.rawStart)..<Int(ins.rawStart + ins.rawLength)])
            }
        }
        guard nextBlock == blocks.count, nextDynamic == dynamic.count else {
            throw .gasInjection(reason: "metered blocks not all consumed", function: function)
        }
        code.u32(UInt32(w.bytes.count))
        code.append(w.bytes)
        return (blocks, post.count + blocks.count * (gasGlobal == nil ? 2 : 10) + dynamic.count * 6)
    }

    private static func encodeSynthetic(_ ins: WasmInstruction, _ w: inout WasmByteWriter) {
        w.byte(UInt8(ins.opcode))
        switch ins.opcode {
        case Op.i32Const, Op.i64Const: w.s64(ins.immediate)
        case Op.call, Op.localGet, Op.localSet, Op.localTee: w.u32(UInt32(ins.immediate))
        case Op.if, Op.block, Op.loop: w.s64(ins.immediate)
        default: break
        }
    }

    private static func emitGasFunction(_ code: inout WasmByteWriter, gasGlobal: UInt32) {
        var w = WasmByteWriter()
        w.u32(0)
        w.byte(0x23); w.u32(gasGlobal)
        w.byte(0x20); w.u32(0)
        w.byte(0x7D)
        w.byte(0x24); w.u32(gasGlobal)
        w.byte(0x23); w.u32(gasGlobal)
        w.byte(0x42); w.s64(0)
        w.byte(0x53)
        w.byte(0x04); w.byte(0x40)
        w.byte(0x00)
        w.byte(0x0B)
        w.byte(0x0B)
        code.u32(UInt32(w.bytes.count))
        code.append(w.bytes)
    }

    private static func uniqueName(_ base: String, _ taken: inout Set<String>) -> String {
        var name = base
        while taken.contains(name) { name += "_" }
        taken.insert(name)
        return name
    }

    private static func checkImportedGlobals(_ m: WasmModule, rules: InstrumentationRules) throws(WasmPreparationError)
    {
        switch rules.globalIndexShift {
        case .atOrAboveGasGlobal:
            // 0.2.0 rejects an imported global only when both its module and its name differ.
            for imp in m.imports {
                if case .global = imp.kind, imp.module != rules.gasModule && imp.name != rules.gasGlobalName {
                    throw .gasInjection(reason: "imported global \(imp.module).\(imp.name)", function: nil)
                }
            }
        case .all:
            for imp in m.imports {
                if case .global = imp.kind, imp.module == rules.gasModule && imp.name == rules.gasGlobalName {
                    throw .gasInjection(reason: "module already imports \(imp.module).\(imp.name)", function: nil)
                }
            }
        }
    }

    private static func checkOffsets(_ m: WasmModule, rules: InstrumentationRules) throws(WasmPreparationError) {
        func isConst(_ r: Range<Int>) -> Bool {
            guard r.count >= 2, m.bytes[r.lowerBound] == 0x41, m.bytes[r.upperBound - 1] == 0x0B else { return false }
            var reader = WasmByteReader(m.bytes, offset: r.lowerBound + 1, end: r.upperBound)
            guard (try? reader.s32()) != nil else { return false }
            return reader.offset == r.upperBound - 1
        }
        for d in m.data {
            if let r = d.offsetExpr, !isConst(r) {
                throw .gasInjection(reason: "data segment offset is not i32.const", function: nil)
            }
        }
        if rules.checkElementOffsets {
            for e in m.elements {
                if let r = e.offsetExpr, !isConst(r) {
                    throw .gasInjection(reason: "element segment offset is not i32.const", function: nil)
                }
            }
        }
    }
}
