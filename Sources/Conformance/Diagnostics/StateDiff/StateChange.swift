/// One difference between the expected post-state and ours, at a path of field names and keys
/// (`state`, `escrow_table`, `f01234`).
public struct StateChange: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Only in our state.
        case added
        /// Only in the expected state.
        case removed
        /// In both, with different values.
        case changed
    }

    public var path: [String]
    public var kind: Kind
    /// Both shown as text (nil on the side where the entry is absent).
    public var expected: String?
    public var actual: String?

    /// The path written `state.escrow_table[f01234]`: keys in brackets, fields after dots.
    public var pathText: String {
        path.reduce("") { text, part in
            part.hasPrefix("[") ? text + part : (text.isEmpty ? part : text + "." + part)
        }
    }
}
