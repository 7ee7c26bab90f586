import Actors
import IPLD

/// What the call manager, kernel and executor use of a machine: the network's rules, the
/// context, the state with its store and manifest, and the providers of randomness, chain facts
/// and actor code.
public protocol MachineAPI: AnyObject {
    var profile: NetworkProfile { get }
    var context: MachineContext { get }
    /// Writes stay here until the end; reads fall through to the seeded store.
    var store: BufferedBlockstore { get }
    var stateTree: StateTree { get }
    var manifest: Manifest { get }
    var randomness: RandomnessSource { get }
    var externs: Externs { get }
    /// Runs actor code; nil leaves only sends that need no code (bare transfers) possible.
    var runner: ActorCodeRunner? { get }
    /// Record every gas charge.
    var tracing: Bool { get }
    /// Told of every invocation; nil for ordinary runs.
    var callObserver: CallObserver? { get }
    /// Writes the state and returns the new root.
    func flush() throws(StateTreeError) -> CID
}
