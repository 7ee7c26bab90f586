/// A declared global of a module.
struct GlobalDeclaration: Sendable {
    var type: ValueType
    var mutable: Bool
    var initializer: ConstantExpression
}

/// An element segment; `nil` entries are null references.
struct ElementSegment: Sendable {
    enum Mode: Sendable {
        case active(offset: ConstantExpression)
        case passive
        case declarative
    }

    var mode: Mode
    var functions: [Int?]
}

/// A data segment with its bytes.
struct DataSegment: Sendable {
    var offset: ConstantExpression?
    var bytes: [UInt8]
}

/// A function body's location and its declared locals.
struct FunctionBody: Sendable {
    var locals: [ValueType]
    var code: Range<Int>
}
