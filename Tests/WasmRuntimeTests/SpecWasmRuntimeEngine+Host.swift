import WasmRuntime

/// The `spectest` module made of our engine's host entities.
extension SpecWasmRuntimeEngine {
    func makeHostInstance() throws(SpecInstantiationFailure) -> Instance {
        let exports = SpecHostModule.exports.map { ($0.name, Self.makeEntity($0.entity)) }
        return Instance { name in exports.first { $0.0 == name }?.1 }
    }

    private static func makeEntity(_ entity: SpecHostModule.Entity) -> ExternalValue {
        switch entity {
        case .function(let parameters):
            let type = FunctionType(parameters: parameters.map(valueType), results: [])
            return .function(Function(host: HostFunction(type: type) { _ in }))
        case .global(let value):
            return .global(Global(type: valueType(value.type), mutable: false, value: Self.value(value)))
        case .table(let min, let max):
            return .table(Table(min: min, max: max))
        case .memory(let minPages, let maxPages):
            return .memory(Memory(minPages: minPages, maxPages: maxPages))
        }
    }
}
