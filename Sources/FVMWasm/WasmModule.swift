/// A function signature as raw value-type bytes.
struct WasmFunctionType: Equatable {
    var params: [UInt8]
    var results: [UInt8]
}

/// What an import brings in.
enum WasmImportKind {
    case function(typeIndex: UInt32)
    case table(raw: Range<Int>)
    case memory(min: UInt64, max: UInt64?, raw: Range<Int>)
    case global(type: UInt8, mutable: Bool)
}

struct WasmImport {
    var module: String
    var name: String
    var kind: WasmImportKind
}

struct WasmGlobal {
    var type: UInt8
    var mutable: Bool
    /// Initialiser expression bytes, `end` included.
    var initExpr: Range<Int>
}

struct WasmExport {
    var name: String
    /// 0 function, 1 table, 2 memory, 3 global.
    var kind: UInt8
    var index: UInt32
}

/// An element segment whose items are function indices (the only form accepted).
struct WasmElementSegment {
    /// Everything before the item vector (flags, table, offset, element kind), copied verbatim.
    var header: Range<Int>
    /// The offset expression of an active segment, `end` included.
    var offsetExpr: Range<Int>?
    var functions: [UInt32]
}

/// A data segment; only the offset expression matters to instrumentation.
struct WasmDataSegment {
    var offsetExpr: Range<Int>?
}

/// A function body's location in the module bytes.
struct WasmCodeEntry {
    var body: Range<Int>
}

/// The sections of a module, decoded as far as instrumentation and pooling need.
struct WasmModule {
    let bytes: [UInt8]
    var types: [WasmFunctionType] = []
    var imports: [WasmImport] = []
    var functionTypeIndices: [UInt32] = []
    var tableSection: Range<Int>? = nil
    var tableCount = 0
    /// Minimum elements of each table, imported ones first.
    var tableMins: [UInt64] = []
    var memorySection: Range<Int>? = nil
    /// Declared memories as (min, max) pages, imported ones first.
    var memories: [(min: UInt64, max: UInt64?)] = []
    var globals: [WasmGlobal] = []
    var exports: [WasmExport] = []
    var start: UInt32? = nil
    var elements: [WasmElementSegment] = []
    var dataCount: UInt32? = nil
    var code: [WasmCodeEntry] = []
    var dataSection: Range<Int>? = nil
    var data: [WasmDataSegment] = []

    var importedFunctionCount = 0
    var importedGlobalCount = 0

    var totalFunctionCount: Int { importedFunctionCount + functionTypeIndices.count }

    /// The type of a function in the full index space (imports first).
    func functionType(_ index: Int) -> WasmFunctionType? {
        if index < importedFunctionCount {
            var seen = 0
            for imp in imports {
                if case .function(let t) = imp.kind {
                    if seen == index { return Int(t) < types.count ? types[Int(t)] : nil }
                    seen += 1
                }
            }
            return nil
        }
        let d = index - importedFunctionCount
        guard d < functionTypeIndices.count else { return nil }
        let t = Int(functionTypeIndices[d])
        return t < types.count ? types[t] : nil
    }
}
