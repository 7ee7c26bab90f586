/// Chain or beacon randomness, as the kernel draws it.
public enum RandomnessKind: String, Sendable, Equatable {
    case chain, beacon
}
