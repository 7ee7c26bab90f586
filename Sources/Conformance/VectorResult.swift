/// How one vector variant ended.
public enum VectorStatus: String, Sendable, CaseIterable {
    /// Every receipt and the post-state root matched.
    case pass
    /// The VM ran and produced something different from the vector.
    case fail
    /// Not run, for a stated reason (unsupported selector, missing bundle, ...).
    case skip
    /// The vector could not be processed (malformed input or an internal error).
    case error
    /// Failed, as the committed known-failure list says it will (with that list's reason).
    case expectedFailure = "xfail"
}

/// The outcome of one variant of one vector: the unit every report is made of.
public struct VectorResult: Sendable, Equatable {
    /// Path of the vector file as discovered (relative to the corpus root when possible).
    public var file: String
    /// Vector id: `_meta.id`, or the file name without `.json`.
    public var id: String
    /// Variant id (`ohsnap` for every official vector); nil when the file could not be parsed.
    public var variant: String?
    /// Network version of the variant; nil when unknown.
    public var nv: Int?
    public var status: VectorStatus
    /// One line saying why the status is not `pass` (nil for a pass).
    public var reason: String?
    /// Longer explanation: differing receipt fields, differing actors, the error chain.
    public var detail: String?
    /// Wall time spent on this variant.
    public var durationMs: Double
    /// Actor type of the first message's receiver (`storageminer`, ...), when resolved.
    public var actor: String?
    /// Method number of the first message, when decoded.
    public var method: UInt64?
    /// Reason of the known-failure list entry this variant matched (nil when none matched).
    /// On a `pass` it flags an unexpected pass: the list is stale and must be fixed.
    public var knownFailure: String?
    /// Official corpus or this VM's scenario recordings: reports keep them apart.
    public var source: VectorSource

    public init(
        file: String, id: String, variant: String? = nil, nv: Int? = nil, status: VectorStatus,
        reason: String? = nil, detail: String? = nil, durationMs: Double = 0,
        actor: String? = nil, method: UInt64? = nil, knownFailure: String? = nil, source: VectorSource = .official
    ) {
        self.file = file
        self.id = id
        self.variant = variant
        self.nv = nv
        self.status = status
        self.reason = reason
        self.detail = detail
        self.durationMs = durationMs
        self.actor = actor
        self.method = method
        self.knownFailure = knownFailure
        self.source = source
    }

    /// Sort key that makes every report independent of scheduling.
    public var sortKey: (String, String, String) { (file, id, variant ?? "") }
}

/// Everything a run produced, in deterministic order.
public struct RunReport: Sendable {
    public var results: [VectorResult]
    /// Wall time of the whole run, in seconds.
    public var wallTimeSeconds: Double
    /// What the variants had to match to pass.
    public var compare: CompareMode
    /// The partition this run is one shard of, nil for a whole run.
    public var shard: ShardRecord?

    public init(
        results: [VectorResult], wallTimeSeconds: Double, compare: CompareMode = .all, shard: ShardRecord? = nil
    ) {
        self.results = results.sorted { $0.sortKey < $1.sortKey }
        self.wallTimeSeconds = wallTimeSeconds
        self.compare = compare
        self.shard = shard
    }
}
