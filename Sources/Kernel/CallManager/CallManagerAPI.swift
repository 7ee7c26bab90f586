import BigInt
import FVMShared

/// What a kernel asks of the call manager of its message: gas, state access (charged in v3),
/// transactions, sends, events, and the message's address-derivation counters.
public protocol CallManagerAPI: AnyObject {
    associatedtype MachineType: MachineAPI
    var machine: MachineType { get }
    var gas: GasTracker { get }
    /// Sender of the top-level message, by ID.
    var origin: UInt64 { get }
    /// `msg.from` exactly as written.
    var originAddress: Address { get }
    /// Sequence of the top-level message.
    var nonce: UInt64 { get }
    /// Effective gas premium of the message.
    var gasPremium: BigInt { get }
    /// Current call depth (the top-level send is depth 1).
    var depth: Int { get }

    /// Charges gas; running out unwinds the invocation.
    func charge(_ charge: GasCharge) throws(ExecutionError)
    /// Runs `body` in a state transaction, reverted when it throws or returns a non-zero exit code.
    func withTransaction(_ body: () throws(ExecutionError) -> InvocationResult) throws(ExecutionError)
        -> InvocationResult
    func getActor(_ id: UInt64) throws(ExecutionError) -> ActorState?
    func setActor(_ id: UInt64, _ state: ActorState) throws(ExecutionError)
    func deleteActor(_ id: UInt64) throws(ExecutionError)
    /// The ID of an address, nil when it has none (ID addresses resolve without a check).
    func resolve(_ address: Address) throws(ExecutionError) -> UInt64?
    /// Moves `value` between actors.
    func transfer(from: UInt64, to: UInt64, value: BigInt) throws(ExecutionError)
    /// Sends a message from actor `from` (depth, gas limit, auto-creation, transfer, invocation).
    func send(
        from: UInt64, to: Address, method: UInt64, params: IPLDBlock?, value: BigInt, gasLimit: Gas?,
        readOnly: Bool
    ) throws(ExecutionError) -> InvocationResult
    /// Records an event of the current transaction.
    func emit(_ event: StampedEvent)

    /// v2: the number of robust-address requests so far, then one more (never reverted).
    func takeAddressRequest() -> UInt64
    /// v3: actors created by `create_actor` so far (never reverted).
    var actorsCreated: UInt64 { get }
    /// v3: one more actor created by `create_actor`.
    func noteActorCreated()
}
