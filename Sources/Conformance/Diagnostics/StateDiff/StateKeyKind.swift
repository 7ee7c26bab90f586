/// How the keys of a HAMT are encoded.
enum StateKeyKind: Sendable {
    /// Address bytes (shown `f0…`, `f1…`).
    case address
    /// An unsigned varint (deal, sector or allocation numbers).
    case number
    /// Anything else (shown as hex).
    case raw
}
