/// A named field.
struct StateField: Sendable {
    var name: String
    var kind: StateFieldKind

    init(_ name: String, _ kind: StateFieldKind = .plain) {
        self.name = name
        self.kind = kind
    }
}
