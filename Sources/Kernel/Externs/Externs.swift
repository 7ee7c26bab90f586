import IPLD

/// What the chain, rather than the VM, knows or can check: proof verification, consensus-fault
/// checks and tipset CIDs. The kernel charges gas for each call itself, then asks its externs;
/// a machine is given its externs by whoever builds it.
public protocol Externs: AnyObject {
    /// Whether a Window PoSt, an aggregate of seals or a replica update is valid; `encoded` is
    /// the DAG-CBOR request the actor passed.
    func verifyProof(_ kind: ProofKind, encoded: [UInt8]) throws(ExternError) -> Bool
    /// One verdict per seal of a batch, in order.
    func batchVerifySeals(_ seals: [IPLDValue]) throws(ExternError) -> [Bool]
    /// How the kernel charges a batch of seals before asking `batchVerifySeals`.
    var batchSealCharge: BatchSealCharge { get }
    /// The fault two block headers (and an optional third) prove, nil when they prove none.
    func verifyConsensusFault(header1: [UInt8], header2: [UInt8], extra: [UInt8]) throws(ExternError) -> ConsensusFault?
    /// The CID of the tipset at `epoch` on the chain the message executes on.
    func tipsetCID(epoch: Int64) throws(ExternError) -> CID
}

/// The proofs an actor can ask the chain to verify one at a time.
public enum ProofKind: String, Sendable, CaseIterable {
    case windowPoSt = "Window PoSt"
    case aggregateSeals = "aggregate seal"
    case replicaUpdate = "replica update"
}

/// How a batch of seal verifications is paid for.
public enum BatchSealCharge: Sendable {
    /// `OnVerifySeal` for every seal of the batch.
    case perSeal
    /// Nothing: the verifier's cost is accounted outside the message.
    case uncharged
}

/// A consensus fault proven by block headers.
public struct ConsensusFault: Sendable, Equatable {
    public var epoch: Int64
    /// The ID of the miner at fault.
    public var target: UInt64
    /// 1 double-fork mining, 2 parent grinding, 3 time-offset mining.
    public var kind: UInt32

    public init(epoch: Int64, target: UInt64, kind: UInt32) {
        self.epoch = epoch
        self.target = target
        self.kind = kind
    }
}
