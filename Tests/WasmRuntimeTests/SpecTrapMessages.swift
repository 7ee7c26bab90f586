/// The one place where the scripts' trap texts meet `SpecTrap`.
///
/// The reference interpreter compares an expected text as a prefix of its own message, so the
/// scripts sometimes abbreviate ("out of bounds" covers memory and table accesses) and once add
/// a detail our traps do not carry (the element index in "uninitialized element 2"). Every text
/// the scripts use is listed verbatim; a text not listed fails the assertion rather than
/// guessing.
enum SpecTrapMessages {
    static let traps: [String: Set<SpecTrap>] = [
        "unreachable": [.unreachable],
        "out of bounds memory access": [.memoryOutOfBounds],
        "out of bounds table access": [.tableOutOfBounds],
        "out of bounds": [.memoryOutOfBounds, .tableOutOfBounds],
        // Wasm 1.0's name for a `call_indirect` index past the end of the table.
        "undefined element": [.tableOutOfBounds],
        "undefined": [.tableOutOfBounds],
        "uninitialized element": [.indirectCallToNull],
        "uninitialized element 2": [.indirectCallToNull],
        "uninitialized": [.indirectCallToNull],
        "indirect call type mismatch": [.indirectCallTypeMismatch],
        "indirect call": [.indirectCallTypeMismatch],
        "integer divide by zero": [.integerDivideByZero],
        "integer overflow": [.integerOverflow],
        "invalid conversion to integer": [.invalidConversionToInteger],
        "call stack exhausted": [.callStackExhausted],
    ]
}
