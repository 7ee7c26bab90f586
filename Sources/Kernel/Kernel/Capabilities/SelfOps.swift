import BigInt
import FVMShared
import IPLD

/// The invoked actor's own state: its state root, balance, and deleting itself.
public protocol SelfOps {
    /// The actor's state root.
    func root() throws(ExecutionError) -> CID
    /// Replaces the actor's state root.
    func setRoot(_ cid: CID) throws(ExecutionError)
    /// The actor's balance (0 once deleted).
    func currentBalance() throws(ExecutionError) -> BigInt
    /// Deletes the actor, sending its balance to `beneficiary`.
    func selfDestruct(beneficiary: Address) throws(ExecutionError)
}
