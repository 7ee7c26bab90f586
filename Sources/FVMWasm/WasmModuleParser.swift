/// Reads a Wasm binary into a `WasmModule`, rejecting module-level constructs the FVM forbids.
enum WasmModuleParser {
    static func checkValueType(_ t: UInt8, function: Int?, offset: Int) throws(WasmPreparationError) {
        switch t {
        case 0x7F, 0x7E, 0x7D, 0x7C: return
        case 0x7B: throw .forbiddenFeature("v128 value type (SIMD)", function: function, offset: offset)
        case 0x70, 0x6F:
            throw .forbiddenFeature("reference value type (reference types)", function: function, offset: offset)
        default: throw .malformed(reason: "unknown value type 0x\(hex(t))", offset: offset)
        }
    }

    /// Section ids in the order the binary format requires them.
    private static func orderRank(_ id: UInt8) -> Int? {
        switch id {
        case 1: 1
        case 2: 2
        case 3: 3
        case 4: 4
        case 5: 5
        case 6: 7
        case 7: 8
        case 8: 9
        case 9: 10
        case 12: 11
        case 10: 12
        case 11: 13
        default: nil
        }
    }

    static func parse(_ bytes: [UInt8]) throws(WasmPreparationError) -> WasmModule {
        var m = WasmModule(bytes: bytes)
        var r = WasmByteReader(bytes)
        guard bytes.count >= 8, bytes[0..<4].elementsEqual([0x00, 0x61, 0x73, 0x6D]) else {
            throw .malformed(reason: "missing \\0asm magic", offset: 0)
        }
        guard bytes[4..<8].elementsEqual([0x01, 0x00, 0x00, 0x00]) else {
            throw .malformed(reason: "unsupported binary version (components are not modules)", offset: 4)
        }
        r.offset = 8
        var lastRank = 0
        while !r.isAtEnd {
            let idAt = r.offset
            let id = try r.byte()
            let size = Int(try r.u32())
            let start = r.offset
            guard bytes.count - start >= size else {
                throw .malformed(reason: "section \(id) overruns the module", offset: idAt)
            }
            let end = start + size
            var s = WasmByteReader(bytes, offset: start, end: end)
            if id == 0 {
                _ = try s.name()
                r.offset = end
                continue
            }
            if id == 13 { throw .forbiddenFeature("tag section (exception handling)", function: nil, offset: idAt) }
            guard let rank = orderRank(id) else { throw .malformed(reason: "unknown section id \(id)", offset: idAt) }
            guard rank > lastRank else {
                throw .malformed(reason: "section \(id) out of order or duplicated", offset: idAt)
            }
            lastRank = rank
            switch id {
            case 1: try parseTypes(&s, &m)
            case 2: try parseImports(&s, &m)
            case 3:
                for _ in 0..<(try s.u32()) { m.functionTypeIndices.append(try s.u32()) }
            case 4:
                m.tableSection = start..<end
                let n = try s.u32()
                for _ in 0..<n { m.tableMins.append(try parseTableType(&s)) }
                m.tableCount += Int(n)
            case 5:
                m.memorySection = start..<end
                for _ in 0..<(try s.u32()) { m.memories.append(try parseLimits(&s, memory: true)) }
            case 6:
                for _ in 0..<(try s.u32()) {
                    let t = try s.byte()
                    try checkValueType(t, function: nil, offset: s.offset - 1)
                    let mutable = try parseMutability(&s)
                    m.globals.append(WasmGlobal(type: t, mutable: mutable, initExpr: try constExprRange(&s)))
                }
            case 7:
                for _ in 0..<(try s.u32()) {
                    let name = try s.name()
                    let kind = try s.byte()
                    guard kind <= 3 else { throw s.fail("unknown export kind \(kind)") }
                    m.exports.append(WasmExport(name: name, kind: kind, index: try s.u32()))
                }
            case 8: m.start = try s.u32()
            case 9: try parseElements(&s, &m)
            case 12: m.dataCount = try s.u32()
            case 10:
                for _ in 0..<(try s.u32()) {
                    let n = Int(try s.u32())
                    let b0 = s.offset
                    try s.skip(n)
                    m.code.append(WasmCodeEntry(body: b0..<b0 + n))
                }
            case 11:
                m.dataSection = start..<end
                for _ in 0..<(try s.u32()) {
                    let flags = try s.u32()
                    var offset: Range<Int>? = nil
                    switch flags {
                    case 0:
                        offset = try constExprRange(&s)
                    case 1: break
                    case 2:
                        if try s.u32() != 0 {
                            throw .forbiddenFeature(
                                "data segment for memory other than 0 (multi-memory)", function: nil, offset: s.offset)
                        }
                        offset = try constExprRange(&s)
                    default: throw s.fail("unknown data segment flags \(flags)")
                    }
                    let n = Int(try s.u32())
                    try s.skip(n)
                    m.data.append(WasmDataSegment(offsetExpr: offset))
                }
            default: break
            }
            guard s.offset == end else { throw .malformed(reason: "section \(id) size mismatch", offset: s.offset) }
            r.offset = end
        }
        guard m.functionTypeIndices.count == m.code.count else {
            throw .malformed(
                reason: "function and code sections disagree (\(m.functionTypeIndices.count) vs \(m.code.count))",
                offset: bytes.count)
        }
        guard m.tableCount <= 1 else {
            throw .forbiddenFeature("more than one table (reference types)", function: nil, offset: 0)
        }
        guard m.memories.count <= 1 else {
            throw .forbiddenFeature("more than one memory (multi-memory)", function: nil, offset: 0)
        }
        return m
    }

    private static func parseTypes(_ s: inout WasmByteReader, _ m: inout WasmModule) throws(WasmPreparationError) {
        for _ in 0..<(try s.u32()) {
            let form = try s.byte()
            guard form == 0x60 else {
                throw .forbiddenFeature(
                    "non-function type form 0x\(hex(form)) (GC)", function: nil, offset: s.offset - 1)
            }
            var params: [UInt8] = []
            for _ in 0..<(try s.u32()) {
                let t = try s.byte()
                try checkValueType(t, function: nil, offset: s.offset - 1)
                params.append(t)
            }
            var results: [UInt8] = []
            for _ in 0..<(try s.u32()) {
                let t = try s.byte()
                try checkValueType(t, function: nil, offset: s.offset - 1)
                results.append(t)
            }
            if results.count > 1 {
                throw .forbiddenFeature(
                    "function type with \(results.count) results (multi-value)", function: nil, offset: s.offset)
            }
            m.types.append(WasmFunctionType(params: params, results: results))
        }
    }

    private static func parseImports(_ s: inout WasmByteReader, _ m: inout WasmModule) throws(WasmPreparationError) {
        for _ in 0..<(try s.u32()) {
            let module = try s.name()
            let name = try s.name()
            let kind = try s.byte()
            let k0 = s.offset
            switch kind {
            case 0:
                m.imports.append(WasmImport(module: module, name: name, kind: .function(typeIndex: try s.u32())))
                m.importedFunctionCount += 1
            case 1:
                m.tableMins.append(try parseTableType(&s))
                m.tableCount += 1
                m.imports.append(WasmImport(module: module, name: name, kind: .table(raw: k0..<s.offset)))
            case 2:
                let l = try parseLimits(&s, memory: true)
                m.memories.append(l)
                m.imports.append(
                    WasmImport(module: module, name: name, kind: .memory(min: l.min, max: l.max, raw: k0..<s.offset)))
            case 3:
                let t = try s.byte()
                try checkValueType(t, function: nil, offset: s.offset - 1)
                let mutable = try parseMutability(&s)
                m.imports.append(WasmImport(module: module, name: name, kind: .global(type: t, mutable: mutable)))
                m.importedGlobalCount += 1
            case 4: throw .forbiddenFeature("tag import (exception handling)", function: nil, offset: k0)
            default: throw s.fail("unknown import kind \(kind)")
            }
        }
    }

    private static func parseMutability(_ s: inout WasmByteReader) throws(WasmPreparationError) -> Bool {
        switch try s.byte() {
        case 0: return false
        case 1: return true
        default: throw s.fail("bad global mutability")
        }
    }

    private static func parseTableType(_ s: inout WasmByteReader) throws(WasmPreparationError) -> UInt64 {
        let t = try s.byte()
        if t == 0x6F {
            throw .forbiddenFeature("externref table (reference types)", function: nil, offset: s.offset - 1)
        }
        guard t == 0x70 else { throw s.fail("unknown table element type 0x\(hex(t))") }
        return try parseLimits(&s, memory: false).min
    }

    private static func parseLimits(_ s: inout WasmByteReader, memory: Bool) throws(WasmPreparationError) -> (
        min: UInt64, max: UInt64?
    ) {
        let flags = try s.byte()
        switch flags {
        case 0: return (UInt64(try s.u32()), nil)
        case 1:
            let mn = UInt64(try s.u32())
            return (mn, UInt64(try s.u32()))
        case 2, 3: throw .forbiddenFeature("shared memory (threads)", function: nil, offset: s.offset - 1)
        case 4...7:
            throw .forbiddenFeature(
                memory ? "64-bit memory (memory64)" : "64-bit table", function: nil, offset: s.offset - 1)
        default: throw s.fail("unknown limits flags \(flags)")
        }
    }

    /// Skips a constant expression, accepting only MVP constant instructions.
    /// Skips a constant expression and returns the bytes it occupied.
    static func constExprRange(_ s: inout WasmByteReader) throws(WasmPreparationError) -> Range<Int> {
        let start = s.offset
        try skipConstExpr(&s)
        return start..<s.offset
    }

    static func skipConstExpr(_ s: inout WasmByteReader) throws(WasmPreparationError) {
        while true {
            let at = s.offset
            switch try s.byte() {
            case 0x0B: return
            case 0x41: _ = try s.s32()
            case 0x42: _ = try s.s64()
            case 0x43: try s.skip(4)
            case 0x44: try s.skip(8)
            case 0x23: _ = try s.u32()
            case 0xD0, 0xD2:
                throw .forbiddenFeature("reference in constant expression (reference types)", function: nil, offset: at)
            case let b: throw .malformed(reason: "opcode 0x\(hex(b)) in constant expression", offset: at)
            }
        }
    }

    private static func parseElements(_ s: inout WasmByteReader, _ m: inout WasmModule) throws(WasmPreparationError) {
        for _ in 0..<(try s.u32()) {
            let h0 = s.offset
            let flags = try s.u32()
            var offset: Range<Int>? = nil
            switch flags {
            case 0:
                offset = try constExprRange(&s)
            case 1, 3:
                if try s.byte() != 0 { throw s.fail("unknown element kind") }
            case 2:
                if try s.u32() != 0 {
                    throw .forbiddenFeature(
                        "element segment for table other than 0 (reference types)", function: nil, offset: s.offset)
                }
                offset = try constExprRange(&s)
                if try s.byte() != 0 { throw s.fail("unknown element kind") }
            case 4...7:
                throw .forbiddenFeature("expression-form element segment", function: nil, offset: h0)
            default: throw s.fail("unknown element segment flags \(flags)")
            }
            let header = h0..<s.offset
            var functions: [UInt32] = []
            for _ in 0..<(try s.u32()) { functions.append(try s.u32()) }
            m.elements.append(WasmElementSegment(header: header, offsetExpr: offset, functions: functions))
        }
    }
}
