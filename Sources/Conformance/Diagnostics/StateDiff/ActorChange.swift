import Actors
import BigInt

/// An actor that differs between the expected post-state and ours.
public struct ActorChange: Sendable {
    public enum Presence: Sendable, Equatable {
        case onlyInOurs
        case onlyExpected
        case inBoth
    }

    public var id: UInt64
    /// Builtin type (of our side when both exist); nil for other code.
    public var kind: ActorKind?
    public var presence: Presence
    /// Field-level differences (empty for an actor present on one side only).
    public var changes: [StateChange]

    /// The change at `path` written as `StateChange.pathText`, if any.
    public func change(at path: String) -> StateChange? { changes.first { $0.pathText == path } }
}
