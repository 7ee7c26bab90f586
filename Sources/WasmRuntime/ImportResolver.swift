/// Matches a module's imports against what the embedder provides.
enum ImportResolver {
    struct Linked {
        var functions: [FunctionReference] = []
        var owners: [AnyObject] = []
        var globals: [Global] = []
        var memory: Memory?
        var table: Table?
    }

    static func resolve(_ s: ModuleStructure, imports: (String, String) -> ExternalValue?)
        throws(InstantiationError)
        -> Linked
    {
        var linked = Linked()
        for imp in s.imports {
            guard let value = imports(imp.module, imp.name) else {
                throw .unknownImport(module: imp.module, name: imp.name)
            }
            func incompatible(_ reason: String) -> InstantiationError {
                .incompatibleImport(module: imp.module, name: imp.name, reason: reason)
            }
            switch (imp.kind, value) {
            case (.function(let t), .function(let f)):
                guard f.type == t else { throw incompatible("incompatible import type") }
                let (ref, owner) = f.reference
                linked.functions.append(ref)
                linked.owners.append(owner)
            case (.table(let min, let max), .table(let table)):
                guard fits(table.count, table.maximum, min, max) else {
                    throw incompatible("incompatible import type")
                }
                linked.table = table
            case (.memory(let min, let max), .memory(let memory)):
                guard fits(memory.pageCount, memory.declaredMaximum, min, max) else {
                    throw incompatible("incompatible import type")
                }
                linked.memory = memory
            case (.global(let t, let mutable), .global(let g)):
                guard g.type == t, g.mutable == mutable else {
                    throw incompatible("incompatible import type")
                }
                linked.globals.append(g)
            default:
                throw incompatible("incompatible import type")
            }
        }
        return linked
    }

    /// Import subtyping of limits: at least the required minimum, and a maximum within the required one.
    static func fits(_ size: Int, _ maximum: Int?, _ min: Int, _ max: Int?) -> Bool {
        guard size >= min else { return false }
        guard let max else { return true }
        guard let maximum else { return false }
        return maximum <= max
    }
}
