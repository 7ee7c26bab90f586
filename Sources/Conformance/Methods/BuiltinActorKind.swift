/// A builtin actor type, named as in the bundle manifest.
public enum BuiltinActorKind: String, Sendable, CaseIterable {
    case system
    case `init`
    case cron
    case account
    case power = "storagepower"
    case miner = "storageminer"
    case market = "storagemarket"
    case paych = "paymentchannel"
    case multisig
    case reward
    case verifreg = "verifiedregistry"
    case datacap
    case placeholder
    case evm
    case eam
    case ethaccount

    /// The short name reports use (`miner`, not `storageminer`).
    public var shortName: String { "\(self)" }
}
