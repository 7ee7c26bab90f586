/// The traps a script can expect, independent of any engine's own error type.
enum SpecTrap: Equatable, Hashable, Sendable {
    case unreachable
    case memoryOutOfBounds
    case tableOutOfBounds
    case indirectCallToNull
    case indirectCallTypeMismatch
    case integerDivideByZero
    case integerOverflow
    case invalidConversionToInteger
    case callStackExhausted
}
