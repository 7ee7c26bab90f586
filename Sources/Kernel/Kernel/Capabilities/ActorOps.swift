import BigInt
import FVMShared
import IPLD

/// Other actors: address resolution, code CIDs and builtin types, creation, delegated addresses
/// and balances.
public protocol ActorOps {
    /// The ID an address resolves to (ID addresses without an existence check).
    func resolveAddress(_ address: Address) throws(ExecutionError) -> UInt64
    /// Code CID of an actor.
    func actorCodeCID(_ id: UInt64) throws(ExecutionError) -> CID
    /// Builtin type id of a code CID (0 when not builtin).
    func builtinActorType(_ code: CID) throws(ExecutionError) -> Int32
    /// Code CID of a builtin type id.
    func codeCIDForType(_ type: Int32) throws(ExecutionError) -> CID
    /// The next robust (f2) address an actor created in this message would get.
    func nextActorAddress() throws(ExecutionError) -> Address
    /// Creates an actor with `code` at `id` (the init actor's Exec/Exec4).
    func createActor(code: CID, id: UInt64, delegatedAddress: Address?) throws(ExecutionError)
    /// The f4 address of an actor, if any.
    func lookupDelegatedAddress(_ id: UInt64) throws(ExecutionError) -> Address?
    /// The balance of another actor.
    func balanceOf(_ id: UInt64) throws(ExecutionError) -> BigInt
}
