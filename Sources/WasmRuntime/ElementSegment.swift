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
