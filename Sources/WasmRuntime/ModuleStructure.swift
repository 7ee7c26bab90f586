/// Everything a module declares, decoded and checked except the function bodies.
struct ModuleStructure: Sendable {
    struct Limits: Sendable {
        var min: Int
        var max: Int?
    }

    var types: [FunctionType] = []
    var imports: [ImportDescriptor] = []
    /// Type index of every function, imported ones first.
    var functionTypeIndices: [Int] = []
    var importedFunctionCount = 0
    var table: Limits?
    var memory: Limits?
    /// Type and mutability of every global, imported ones first.
    var globalTypes: [(type: ValueType, mutable: Bool)] = []
    var importedGlobalCount = 0
    var globals: [GlobalDeclaration] = []
    var exports: [ExportDescriptor] = []
    var start: Int?
    var elements: [ElementSegment] = []
    var data: [DataSegment] = []
    var dataCount: Int?
    var bodies: [FunctionBody] = []
    /// Functions that may be referenced (exports, element segments, globals): all of them in MVP.
    var functionCount: Int { functionTypeIndices.count }

    func functionType(_ index: Int) -> FunctionType { types[functionTypeIndices[index]] }
}
