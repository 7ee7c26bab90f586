/// An initializer: a constant, an imported global's value, or (in element segments) a function reference.
enum ConstantExpression: Sendable, Equatable {
    case value(Value)
    case global(Int)
    case function(Int?)
}
