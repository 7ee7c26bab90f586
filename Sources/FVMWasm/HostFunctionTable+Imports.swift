import WasmRuntime

extension HostFunctionTable {
    /// The function imports of `wasm` this table cannot satisfy, as `module.name`: missing, or
    /// present with another signature. Empty when every import links.
    public func unresolvedImports(of wasm: [UInt8]) throws(WasmPreparationError) -> [String] {
        let m = try WasmModuleParser.parse(wasm)
        var out: [String] = []
        for imp in m.imports {
            guard case .function(let t) = imp.kind else { continue }
            let label = "\(imp.module).\(imp.name)"
            guard Int(t) < m.types.count, let host = lookup(module: imp.module, name: imp.name) else {
                out.append(label)
                continue
            }
            let type = m.types[Int(t)]
            let params = type.params.compactMap(ValueType.init(rawValue:))
            let results = type.results.compactMap(ValueType.init(rawValue:))
            if params != host.parameters || results != host.results { out.append(label + " (signature)") }
        }
        return out
    }
}
