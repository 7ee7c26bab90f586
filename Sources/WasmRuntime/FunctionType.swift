/// The signature of a function.
public struct FunctionType: Equatable, Sendable, Hashable {
    public var parameters: [ValueType]
    public var results: [ValueType]

    public init(parameters: [ValueType], results: [ValueType]) {
        self.parameters = parameters
        self.results = results
    }
}
