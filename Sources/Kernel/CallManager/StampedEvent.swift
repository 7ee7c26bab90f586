/// An event with the actor that emitted it (nv18).
public struct StampedEvent: Sendable, Equatable {
    public var emitter: UInt64
    /// The event's entries, encoded `[[flags, key, codec, value]...]`.
    public var encodedEntries: [UInt8]
}
