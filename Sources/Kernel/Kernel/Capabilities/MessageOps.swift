import BigInt

/// The message and invocation being executed.
public protocol MessageOps {
    /// The message context, charged (v3).
    func messageContext() throws(ExecutionError) -> MessageContext
    /// The message context without a charge (v2 reads it as part of `vm.context`).
    var message: MessageContext { get }
}

/// Who sent what to whom: the top-level message and the current invocation.
public struct MessageContext: Sendable, Equatable {
    /// Sender of the top-level message, by ID.
    public var origin: UInt64
    /// Sequence of the top-level message.
    public var nonce: UInt64
    public var caller: UInt64
    public var receiver: UInt64
    public var method: UInt64
    public var valueReceived: BigInt
    /// Effective gas premium of the top-level message.
    public var gasPremium: BigInt
    public var readOnly: Bool
}
