/// One export of a module; `index` is in the index space of its kind.
public struct ExportDescriptor: Sendable, Equatable {
    public enum Kind: UInt8, Sendable, Equatable {
        case function = 0
        case table, memory, global
    }

    public var name: String
    public var kind: Kind
    public var index: Int

    public init(name: String, kind: Kind, index: Int) {
        self.name = name
        self.kind = kind
        self.index = index
    }
}
