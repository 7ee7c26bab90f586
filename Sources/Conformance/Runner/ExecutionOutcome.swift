import FVMShared
import IPLD

/// What executing a variant's messages produced, before it is judged against the vector.
struct ExecutionOutcome {
    /// One receipt per applied message, in order, with the actor's failure text for diagnostics.
    var receipts: [(receipt: Receipt, failureInfo: String)]
    /// Why message `receipts.count` could not be applied (and the rest were not), nil when all were.
    var interruption: (reason: String, detail: String)?
    /// The post-state root, nil when interrupted or when flushing failed (then `interruption` says why).
    var root: CID?
    /// The store holding the pre-state, the post-state and everything written in between.
    var store: Blockstore
    /// The vector's own blocks and those the flush wrote (the bundle's stay apart), for `record`.
    var local: MemoryBlockstore
}
