/// Everything that differs between the fvm-wasm-instrument versions ref-fvm uses.
///
/// The kernel's per-network-version profile holds one of these; nothing else in the Wasm
/// layer looks at a network version.
public struct InstrumentationRules: Sendable, Equatable {
    /// How the stack limiter counts a function's locals.
    public enum LocalsCounting: Sendable, Equatable {
        /// 0.2.0: the sum of the declared counts.
        case declaredLocals
        /// 0.4.0: the number of `(count, type)` groups in the binary.
        case declarationGroups
    }

    /// Which existing `global.get/set` indices gas injection shifts past the new import.
    public enum GlobalIndexShift: Sendable, Equatable {
        /// 0.2.0: indices at or above the gas global's index.
        case atOrAboveGasGlobal
        /// 0.4.0: every index, unconditionally.
        case all
    }

    public var features: WasmFeatureProfile
    public var prices: WasmInstructionPrices
    /// The instrumented stack limit, in stack-cost units.
    public var stackLimit: UInt32
    public var localsCounting: LocalsCounting
    /// Whether `br_table`'s default label counts as a forward branch target (false in 0.4.0).
    public var brTableDefaultIsTarget: Bool
    /// Whether a bulk op right after `i32.const k` is priced statically and others dynamically.
    public var linearCosts: Bool
    public var globalIndexShift: GlobalIndexShift
    /// Whether exported global indices are shifted too (0.4.0 computes it but drops it).
    public var reindexExportedGlobals: Bool
    /// Whether element-segment offsets must be `i32.const k` (0.2.0 checks both data and elements).
    public var checkElementOffsets: Bool
    /// The gas global's import module and name.
    public var gasModule: String
    public var gasGlobalName: String

    /// Creates a rule set.
    public init(
        features: WasmFeatureProfile, prices: WasmInstructionPrices, stackLimit: UInt32,
        localsCounting: LocalsCounting, brTableDefaultIsTarget: Bool, linearCosts: Bool,
        globalIndexShift: GlobalIndexShift, reindexExportedGlobals: Bool, checkElementOffsets: Bool,
        gasModule: String, gasGlobalName: String
    ) {
        self.features = features
        self.prices = prices
        self.stackLimit = stackLimit
        self.localsCounting = localsCounting
        self.brTableDefaultIsTarget = brTableDefaultIsTarget
        self.linearCosts = linearCosts
        self.globalIndexShift = globalIndexShift
        self.reindexExportedGlobals = reindexExportedGlobals
        self.checkElementOffsets = checkElementOffsets
        self.gasModule = gasModule
        self.gasGlobalName = gasGlobalName
    }

    /// nv17: fvm-wasm-instrument 0.2.0 (`831ea78`) with SKYR prices.
    public static let nv17 = InstrumentationRules(
        features: .fvmV2, prices: .skyr, stackLimit: 2048, localsCounting: .declaredLocals,
        brTableDefaultIsTarget: true, linearCosts: false, globalIndexShift: .atOrAboveGasGlobal,
        reindexExportedGlobals: true, checkElementOffsets: true, gasModule: "gas", gasGlobalName: "gas_couner")

    /// nv18: fvm-wasm-instrument 0.4.0 (`87fa4ce`) with HYGGE prices.
    public static let nv18 = InstrumentationRules(
        features: .fvmV3, prices: .hygge, stackLimit: 2048, localsCounting: .declarationGroups,
        brTableDefaultIsTarget: false, linearCosts: true, globalIndexShift: .all,
        reindexExportedGlobals: false, checkElementOffsets: false, gasModule: "gas", gasGlobalName: "gas_counter")

    /// The same rules with other prices, stack limit or gas module (the crate's own tests use these).
    public func with(prices: WasmInstructionPrices? = nil, stackLimit: UInt32? = nil, gasModule: String? = nil) -> Self
    {
        var r = self
        if let prices { r.prices = prices }
        if let stackLimit { r.stackLimit = stackLimit }
        if let gasModule { r.gasModule = gasModule }
        return r
    }
}
