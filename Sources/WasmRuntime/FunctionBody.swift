/// Where a function body's code lies in the module bytes, and its declared locals.
struct FunctionBody: Sendable {
    var locals: [ValueType]
    var code: Range<Int>
}
