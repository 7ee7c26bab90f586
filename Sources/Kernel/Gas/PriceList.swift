/// The gas prices of one network version and the charges derived from them (ref-fvm
/// `fvm/src/gas/price_list.rs`: `SKYR_PRICES` at `1e336020`, `HYGGE_PRICES` at `2f284c85`,
/// `WATERMELON_PRICES` and `TEEP_PRICES` at `fvm@v4.8.2`).
///
/// The upstream structs have different fields and partly different formulas. Here all are
/// expressed in one set of fields so that every charge has a single formula; where an upstream
/// field is folded into another (SKYR's storage multiplier and extern cost, HYGGE's sender
/// update inside the inclusion cost), the static instances spell out the derivation. A field
/// that one version lacks is zero there, which is also what that version charges. The FVM 4
/// fields default to their pre-v4 values (zero, or the v3 booking), so SKYR and HYGGE charge
/// exactly what they did before those fields existed.
public struct PriceList: Sendable {
    /// Name of the upstream price list.
    public let name: String
    /// The integer model every charge of this list is saturated with.
    public let arithmetic: GasArithmetic

    // MARK: Message inclusion and return value

    /// Compute part of `OnChainMessage`, scaling with the signed message length.
    public let onChainMessageCompute: ScalingCost
    /// Storage part of `OnChainMessage` (v2: `(36 + len) × 1300`).
    public let onChainMessageStorage: ScalingCost
    /// Compute part of `OnChainReturnValue`, scaling with the return length.
    public let onChainReturnCompute: ScalingCost
    /// Storage part of `OnChainReturnValue`.
    public let onChainReturnStorage: ScalingCost

    // MARK: Sends

    /// Base of every send (v2 only; the receiver load is priced by state access in v3).
    public let sendBase: Gas
    /// Extra for a send with a non-zero value.
    public let sendTransferFunds: Gas
    /// Extra for a pure transfer (non-zero value, method 0; v2 only).
    public let sendTransferOnlyPremium: Gas
    /// Extra for invoking a method (negative in v2: a discount on the send base).
    public let sendInvokeMethod: Gas

    // MARK: State tree

    /// First read of an actor in a message (v3 state-access tracker).
    public let actorLookup: Gas
    /// First write of an actor in a message; also paid inside `OnChainMessage` in v3 for the
    /// sender's nonce and balance update.
    public let actorUpdate: Gas
    /// Compute part of creating an actor (v2 only).
    public let createActorCompute: Gas
    /// Storage part of creating an actor.
    public let createActorStorage: Gas
    /// Assigning an ID to a new address (v3, implicit creation only).
    public let addressAssignment: Gas
    /// Looking up a new address (v3, implicit creation only; never charged for resolution).
    public let addressLookup: Gas
    /// Storage part of deleting an actor (negative in v2: a refund).
    public let deleteActorStorage: Gas
    /// Actors whose state is free to read and update (FIP-0055, v3).
    public let preloadedActors: [UInt64]

    // MARK: Syscalls and crypto

    /// Flat cost of every syscall.
    public let syscall: Gas
    /// `OnVerifySignature` by signature type code (1 secp256k1, 2 BLS), scaling with the
    /// plaintext length in v3.
    public let signatureVerification: [UInt8: ScalingCost]
    /// `OnRecoverSecpPublicKey`.
    public let secp256k1Recover: Gas
    /// `OnHashing` prices.
    public let hashing: HashingPrices
    /// `OnGetRandomness`, scaling with the entropy length (v3 includes hashing the 48-byte
    /// seed prefix and the entropy).
    public let randomness: SplitCost
    /// `OnTipsetCid` for the parent tipset.
    public let tipsetCIDLatest: Gas
    /// `OnTipsetCid` for older tipsets.
    public let tipsetCIDHistorical: Gas
    /// Manifest lookups (`OnGetBuiltinActorType`, `OnGetCodeCidForType`).
    public let builtinActorManifestLookup: Gas
    /// `OnNetworkContext`.
    public let networkContext: Gas
    /// `OnMessageContext`.
    public let messageContext: Gas

    // MARK: Proofs

    /// `OnComputeUnsealedSectorCid`.
    public let computeUnsealedSectorCIDBase: Gas
    /// `OnVerifySeal`.
    public let verifySealBase: Gas
    /// Per-proof cost of aggregate seal verification, by seal proof type.
    public let verifyAggregateSealPer: [Int64: Gas]
    /// Step cost of aggregate seal verification, by seal proof type.
    public let verifyAggregateSealSteps: [Int64: StepCost]
    /// Seal proof type whose aggregate prices apply to unlisted types (StackedDRG32GiBV1P1).
    public let verifyAggregateSealFallback: Int64
    /// `OnVerifyPost` by PoSt proof type, scaling with the number of challenged sectors.
    public let verifyPoStLookup: [Int64: ScalingCost]
    /// PoSt proof type used without proofs or for unlisted types (StackedDRGWindow512MiBV1).
    public let verifyPoStFallback: Int64
    /// `OnVerifyConsensusFault`.
    public let verifyConsensusFault: SplitCost
    /// `OnVerifyReplicaUpdate`.
    public let verifyReplicaUpdate: Gas

    // MARK: Blocks

    /// `OnBlockOpenBase`.
    public let blockOpenBase: SplitCost
    /// Per-byte cost of reading a block from the store (zero in both versions; v3 covers it by
    /// the retention minimum).
    public let blockOpenPerByte: Gas
    /// Per-byte allocation cost (v3 `block_allocate`; v2's per-byte memory-retention price of
    /// opened and created blocks, 10 gas for both, plays the same role).
    public let blockAllocate: ScalingCost
    /// Per-byte copy cost between the registry and actor memory.
    public let blockMemcpy: ScalingCost
    /// Minimum per-byte charge for a block kept in memory (v3); the difference to the compute
    /// charge is booked as other gas.
    public let blockMemoryRetentionMinimum: ScalingCost
    /// Flat part of `OnBlockCreate`.
    public let blockCreateBase: Gas
    /// Flat part of `OnBlockRead`.
    public let blockReadBase: Gas
    /// Compute part of `OnBlockLink` besides hashing.
    public let blockLinkCompute: ScalingCost
    /// Whether `OnBlockLink` also charges hashing the block (v3).
    public let blockLinkChargesHashing: Bool
    /// Other part of `OnBlockLink`: storage and the deferred flush.
    public let blockLinkOther: ScalingCost
    /// `OnBlockStat`.
    public let blockStat: Gas

    // MARK: Events (v3)

    /// Validation of an emitted event, scaling with its encoded length.
    public let eventValidation: ScalingCost
    /// Per indexed entry (flat) and per indexed byte (scale) of an accepted event.
    public let eventAcceptPerIndexElement: ScalingCost

    // MARK: Wasm host-side charges

    /// One-off cost of any memory fill, also charged for initial and grown memory.
    public let wasmMemoryFillBase: Gas
    /// Per-byte cost of initial and grown memory and of filled tables (v3); zero in v2, where
    /// neither is charged.
    public let wasmMemoryFillPerByte: Gas
    /// Bytes charged per table element (a pointer).
    public let wasmTableElementSize: Int

    // MARK: FVM 4 (zero before WATERMELON)

    /// Walking back up the chain by a number of epochs (`lookback_cost`): the whole of v4's
    /// `OnGetRandomness` and `OnTipsetCid`, booked as other gas.
    public let lookback: ScalingCost
    /// One pairing of BLS aggregate verification (`bls_pairing_cost`); an aggregate of n
    /// signatures pays n + 1.
    public let blsPairing: Gas
    /// Hashing the concatenated plaintexts to the curve in BLS aggregate verification.
    public let blsHashing: ScalingCost
    /// Per entry (scale) and per event (flat) validation of an emitted event (`event_per_entry`).
    public let eventPerEntry: ScalingCost
    /// UTF-8 validation, scaling with the byte length (event keys).
    public let utf8Validation: ScalingCost
    /// Per CBOR header read while scanning a DAG-CBOR block for links.
    public let ipldCBORScanPerField: Gas
    /// Per CID found while scanning a DAG-CBOR block for links.
    public let ipldCBORScanPerCID: Gas
    /// Adding a CID to the set of blocks an actor may reach (FIP-0071 reachability).
    public let ipldLinkTracked: Gas
    /// Checking that a CID is in the reachable set.
    public let ipldLinkChecked: Gas
    /// Whether the allocation and copy of an opened block are booked as compute (v2, v3) or as
    /// other gas together with the open cost (v4, which keeps only the link tracking as compute).
    public let blockOpenBooksCopyAsCompute: Bool
    /// Trace name of the per-byte block-open charge (v4 renamed it).
    public let blockOpenChargeName: String

    /// Every field, for the two static instances.
    public init(
        name: String, arithmetic: GasArithmetic,
        onChainMessageCompute: ScalingCost, onChainMessageStorage: ScalingCost,
        onChainReturnCompute: ScalingCost, onChainReturnStorage: ScalingCost,
        sendBase: Gas, sendTransferFunds: Gas, sendTransferOnlyPremium: Gas, sendInvokeMethod: Gas,
        actorLookup: Gas, actorUpdate: Gas, createActorCompute: Gas, createActorStorage: Gas,
        addressAssignment: Gas, addressLookup: Gas, deleteActorStorage: Gas, preloadedActors: [UInt64],
        syscall: Gas, signatureVerification: [UInt8: ScalingCost], secp256k1Recover: Gas,
        hashing: HashingPrices, randomness: SplitCost, tipsetCIDLatest: Gas, tipsetCIDHistorical: Gas,
        builtinActorManifestLookup: Gas, networkContext: Gas, messageContext: Gas,
        computeUnsealedSectorCIDBase: Gas, verifySealBase: Gas,
        verifyAggregateSealPer: [Int64: Gas], verifyAggregateSealSteps: [Int64: StepCost],
        verifyAggregateSealFallback: Int64, verifyPoStLookup: [Int64: ScalingCost], verifyPoStFallback: Int64,
        verifyConsensusFault: SplitCost, verifyReplicaUpdate: Gas,
        blockOpenBase: SplitCost, blockOpenPerByte: Gas, blockAllocate: ScalingCost, blockMemcpy: ScalingCost,
        blockMemoryRetentionMinimum: ScalingCost, blockCreateBase: Gas, blockReadBase: Gas,
        blockLinkCompute: ScalingCost, blockLinkChargesHashing: Bool, blockLinkOther: ScalingCost, blockStat: Gas,
        eventValidation: ScalingCost, eventAcceptPerIndexElement: ScalingCost,
        wasmMemoryFillBase: Gas, wasmMemoryFillPerByte: Gas, wasmTableElementSize: Int,
        lookback: ScalingCost = .zero, blsPairing: Gas = .zero, blsHashing: ScalingCost = .zero,
        eventPerEntry: ScalingCost = .zero, utf8Validation: ScalingCost = .zero,
        ipldCBORScanPerField: Gas = .zero, ipldCBORScanPerCID: Gas = .zero,
        ipldLinkTracked: Gas = .zero, ipldLinkChecked: Gas = .zero,
        blockOpenBooksCopyAsCompute: Bool = true, blockOpenChargeName: String = "OnBlockOpenPerByte"
    ) {
        self.name = name
        self.arithmetic = arithmetic
        self.onChainMessageCompute = onChainMessageCompute
        self.onChainMessageStorage = onChainMessageStorage
        self.onChainReturnCompute = onChainReturnCompute
        self.onChainReturnStorage = onChainReturnStorage
        self.sendBase = sendBase
        self.sendTransferFunds = sendTransferFunds
        self.sendTransferOnlyPremium = sendTransferOnlyPremium
        self.sendInvokeMethod = sendInvokeMethod
        self.actorLookup = actorLookup
        self.actorUpdate = actorUpdate
        self.createActorCompute = createActorCompute
        self.createActorStorage = createActorStorage
        self.addressAssignment = addressAssignment
        self.addressLookup = addressLookup
        self.deleteActorStorage = deleteActorStorage
        self.preloadedActors = preloadedActors
        self.syscall = syscall
        self.signatureVerification = signatureVerification
        self.secp256k1Recover = secp256k1Recover
        self.hashing = hashing
        self.randomness = randomness
        self.tipsetCIDLatest = tipsetCIDLatest
        self.tipsetCIDHistorical = tipsetCIDHistorical
        self.builtinActorManifestLookup = builtinActorManifestLookup
        self.networkContext = networkContext
        self.messageContext = messageContext
        self.computeUnsealedSectorCIDBase = computeUnsealedSectorCIDBase
        self.verifySealBase = verifySealBase
        self.verifyAggregateSealPer = verifyAggregateSealPer
        self.verifyAggregateSealSteps = verifyAggregateSealSteps
        self.verifyAggregateSealFallback = verifyAggregateSealFallback
        self.verifyPoStLookup = verifyPoStLookup
        self.verifyPoStFallback = verifyPoStFallback
        self.verifyConsensusFault = verifyConsensusFault
        self.verifyReplicaUpdate = verifyReplicaUpdate
        self.blockOpenBase = blockOpenBase
        self.blockOpenPerByte = blockOpenPerByte
        self.blockAllocate = blockAllocate
        self.blockMemcpy = blockMemcpy
        self.blockMemoryRetentionMinimum = blockMemoryRetentionMinimum
        self.blockCreateBase = blockCreateBase
        self.blockReadBase = blockReadBase
        self.blockLinkCompute = blockLinkCompute
        self.blockLinkChargesHashing = blockLinkChargesHashing
        self.blockLinkOther = blockLinkOther
        self.blockStat = blockStat
        self.eventValidation = eventValidation
        self.eventAcceptPerIndexElement = eventAcceptPerIndexElement
        self.wasmMemoryFillBase = wasmMemoryFillBase
        self.wasmMemoryFillPerByte = wasmMemoryFillPerByte
        self.wasmTableElementSize = wasmTableElementSize
        self.lookback = lookback
        self.blsPairing = blsPairing
        self.blsHashing = blsHashing
        self.eventPerEntry = eventPerEntry
        self.utf8Validation = utf8Validation
        self.ipldCBORScanPerField = ipldCBORScanPerField
        self.ipldCBORScanPerCID = ipldCBORScanPerCID
        self.ipldLinkTracked = ipldLinkTracked
        self.ipldLinkChecked = ipldLinkChecked
        self.blockOpenBooksCopyAsCompute = blockOpenBooksCopyAsCompute
        self.blockOpenChargeName = blockOpenChargeName
    }
}
