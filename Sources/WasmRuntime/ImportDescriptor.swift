/// One import of a module.
public struct ImportDescriptor: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case function(FunctionType)
        case table(min: Int, max: Int?)
        case memory(min: Int, max: Int?)
        case global(ValueType, mutable: Bool)
    }

    public var module: String
    public var name: String
    public var kind: Kind

    public init(module: String, name: String, kind: Kind) {
        self.module = module
        self.name = name
        self.kind = kind
    }
}
