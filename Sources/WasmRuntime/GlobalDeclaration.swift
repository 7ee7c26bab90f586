/// A global defined by a module.
struct GlobalDeclaration: Sendable {
    var type: ValueType
    var mutable: Bool
    var initializer: ConstantExpression
}
