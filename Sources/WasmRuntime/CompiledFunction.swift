/// A translated function body: where its code starts in the module's code buffer and its frame shape.
struct CompiledFunction: Sendable {
    var codeOffset: Int
    var parameterCount: Int
    var localCount: Int
    /// Slots the activation needs: parameters, locals and the deepest operand stack.
    var frameSize: Int
}
