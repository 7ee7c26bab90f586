import Actors
import BigInt
import Kernel

/// One invocation of a message's call tree, with the invocations it made.
public struct CallNode: Sendable {
    /// Sender, by ID (0 for the system actor's account constructors).
    public var from: UInt64
    /// Receiver, by ID.
    public var to: UInt64
    /// Receiver's builtin type; nil for code that is not a builtin actor of this release.
    public var actor: ActorKind?
    public var method: UInt64
    /// attoFIL sent with the call.
    public var value: BigInt
    public var outcome: CallOutcome
    /// Gas used from the call's start to its end, nested calls included.
    public var gas: Gas
    /// Calls made by this one, in order.
    public var children: [CallNode]

    /// Gas charged in this call itself: its gas minus its children's.
    public var ownGas: Gas { children.reduce(gas) { $0 - $1.gas } }

    /// Every node of the subtree, depth first, with its depth (0 for self).
    public func flattened(depth: Int = 0) -> [(depth: Int, node: CallNode)] {
        [(depth, self)] + children.flatMap { $0.flattened(depth: depth + 1) }
    }
}
