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
