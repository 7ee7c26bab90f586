/// A WebAssembly trap.
public enum Trap: Error, Equatable, Sendable {
    case unreachable
    case memoryOutOfBounds
    /// An index beyond the table, including undefined elements.
    case tableOutOfBounds
    /// An uninitialized table element.
    case indirectCallToNull
    case indirectCallTypeMismatch
    case integerDivideByZero
    case integerOverflow
    case invalidConversionToInteger
    case callStackExhausted
}
