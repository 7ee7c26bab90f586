/// How a field of actor state is encoded, which decides how a difference in it is shown.
indirect enum StateFieldKind: Sendable {
    /// Anything else: shown in CBOR diagnostic notation.
    case plain
    /// A token amount (big-integer bytes): shown as FIL.
    case amount
    /// A storage power or data-cap size (big-integer bytes): shown in bytes.
    case bytesSize
    /// An address (its bytes).
    case address
    /// A link to a HAMT: compared entry by entry.
    case hamt(key: StateKeyKind, value: StateFieldKind)
    /// A link to an AMT: compared index by index.
    case amt(value: StateFieldKind)
    /// A link to a block holding a structure: compared field by field.
    case linked(StateSchema)
    /// A structure written in place (a tuple): compared field by field.
    case inline(StateSchema)
}

/// How the keys of a HAMT are encoded.
enum StateKeyKind: Sendable {
    /// Address bytes (shown `f0…`, `f1…`).
    case address
    /// An unsigned varint (deal, sector or allocation numbers).
    case number
    /// Anything else (shown as hex).
    case raw
}

/// A named field.
struct StateField: Sendable {
    var name: String
    var kind: StateFieldKind

    init(_ name: String, _ kind: StateFieldKind = .plain) {
        self.name = name
        self.kind = kind
    }
}

/// The field names of one structure, in encoding order (actor state is encoded as a tuple).
struct StateSchema: Sendable {
    var name: String
    var fields: [StateField]
}
