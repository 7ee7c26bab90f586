import Actors

/// The method tables of the builtin actors v9 and v10, by actor type.
///
/// Method 0 (a plain value transfer, `Send`) belongs to every actor and is not listed here.
extension ActorKind {
    /// Every method this actor type has in some known release.
    public var methods: [BuiltinMethod] {
        switch self {
        case .system: [.classic(1, "Constructor")]
        case .ethaccount: [.classic(1, "Constructor", since: .v10)]
        case .placeholder: []
        case .`init`: [.classic(1, "Constructor"), .classic(2, "Exec"), .classic(3, "Exec4", since: .v10)]
        case .cron: [.classic(1, "Constructor"), .classic(2, "EpochTick")]
        case .reward:
            [
                .classic(1, "Constructor"), .classic(2, "AwardBlockReward"), .classic(3, "ThisEpochReward"),
                .classic(4, "UpdateNetworkKPI"),
            ]
        case .paymentchannel:
            [
                .classic(1, "Constructor"), .classic(2, "UpdateChannelState"), .classic(3, "Settle"),
                .classic(4, "Collect"),
            ]
        case .account: Self.accountMethods
        case .storagepower: Self.powerMethods
        case .storageminer: Self.minerMethods
        case .storagemarket: Self.marketMethods
        case .multisig: Self.multisigMethods
        case .verifiedregistry: Self.verifiedRegistryMethods
        case .datacap: Self.datacapMethods
        case .evm: Self.evmMethods
        case .eam:
            // The Ethereum actors (EAM, EVM, Ethereum accounts) arrive with v10.
            [
                .classic(1, "Constructor", since: .v10), .classic(2, "Create", since: .v10),
                .classic(3, "Create2", since: .v10), .classic(4, "CreateExternal", since: .v10),
            ]
        }
    }

    private static let accountMethods: [BuiltinMethod] = [
        .classic(1, "Constructor"), .classic(2, "PubkeyAddress"), .classic(3, "AuthenticateMessage", until: .v9),
        .hashed("UniversalReceiverHook", of: "Receive", until: .v9), .exported("AuthenticateMessage"),
    ]

    private static let powerMethods: [BuiltinMethod] =
        [
            .classic(1, "Constructor"), .classic(2, "CreateMiner"), .classic(3, "UpdateClaimedPower"),
            .classic(4, "EnrollCronEvent"), .classic(5, "OnEpochTickEnd"), .classic(6, "UpdatePledgeTotal"),
            .classic(8, "SubmitPoRepForBulkVerify"), .classic(9, "CurrentTotalPower"),
        ]
        + ["CreateMiner", "NetworkRawPower", "MinerRawPower", "MinerCount", "MinerConsensusCount"].map {
            .exported($0)
        }

    private static let minerMethods: [BuiltinMethod] =
        [
            "Constructor", "ControlAddresses", "ChangeWorkerAddress", "ChangePeerID", "SubmitWindowedPoSt",
            "PreCommitSector", "ProveCommitSector", "ExtendSectorExpiration", "TerminateSectors", "DeclareFaults",
            "DeclareFaultsRecovered", "OnDeferredCronEvent", "CheckSectorProven", "ApplyRewards",
            "ReportConsensusFault", "WithdrawBalance", "ConfirmSectorProofsValid", "ChangeMultiaddrs",
            "CompactPartitions", "CompactSectorNumbers",
        ].enumerated().map { .classic(UInt64($0.offset + 1), $0.element) }
        + [
            .classic(21, "ConfirmUpdateWorkerKey", until: .v9), .classic(21, "ConfirmChangeWorkerAddress", since: .v10),
        ]
        + [
            "RepayDebt", "ChangeOwnerAddress", "DisputeWindowedPoSt", "PreCommitSectorBatch", "ProveCommitAggregate",
            "ProveReplicaUpdates", "PreCommitSectorBatch2", "ProveReplicaUpdates2", "ChangeBeneficiary",
            "GetBeneficiary", "ExtendSectorExpiration2",
        ].enumerated().map { .classic(UInt64($0.offset + 22), $0.element) }
        + [
            "ChangeWorkerAddress", "ChangePeerID", "WithdrawBalance", "ChangeMultiaddrs", "ConfirmChangeWorkerAddress",
            "RepayDebt", "ChangeOwnerAddress", "ChangeBeneficiary", "GetBeneficiary", "GetOwner",
            "IsControllingAddress", "GetSectorSize", "GetAvailableBalance", "GetVestingFunds", "GetPeerID",
            "GetMultiaddrs",
        ].map { .exported($0) }

    private static let marketMethods: [BuiltinMethod] =
        [
            "Constructor", "AddBalance", "WithdrawBalance", "PublishStorageDeals", "VerifyDealsForActivation",
            "ActivateDeals", "OnMinerSectorsTerminate", "ComputeDataCommitment", "CronTick",
        ].enumerated().map { .classic(UInt64($0.offset + 1), $0.element) }
        + [
            "AddBalance", "WithdrawBalance", "PublishStorageDeals", "GetBalance", "GetDealDataCommitment",
            "GetDealClient", "GetDealProvider", "GetDealLabel", "GetDealTerm", "GetDealTotalPrice",
            "GetDealClientCollateral", "GetDealProviderCollateral", "GetDealVerified", "GetDealActivation",
        ].map { .exported($0) }

    private static let multisigMethods: [BuiltinMethod] =
        [
            "Constructor", "Propose", "Approve", "Cancel", "AddSigner", "RemoveSigner", "SwapSigner",
            "ChangeNumApprovalsThreshold", "LockBalance",
        ].enumerated().map { .classic(UInt64($0.offset + 1), $0.element) }
        + [.hashed("UniversalReceiverHook", of: "Receive")]

    private static let verifiedRegistryMethods: [BuiltinMethod] =
        [
            .classic(1, "Constructor"), .classic(2, "AddVerifier"), .classic(3, "RemoveVerifier"),
            .classic(4, "AddVerifiedClient"), .classic(7, "RemoveVerifiedClientDataCap"),
            .classic(8, "RemoveExpiredAllocations"), .classic(9, "ClaimAllocations"), .classic(10, "GetClaims"),
            .classic(11, "ExtendClaimTerms"), .classic(12, "RemoveExpiredClaims"),
            .hashed("UniversalReceiverHook", of: "Receive"),
        ]
        + ["AddVerifiedClient", "RemoveExpiredAllocations", "GetClaims", "ExtendClaimTerms", "RemoveExpiredClaims"]
        .map { .exported($0) }

    // v9 numbers the token methods classically; v10 keeps only their exported numbers.
    private static let datacapMethods: [BuiltinMethod] =
        [.classic(1, "Constructor"), .classic(2, "Mint", until: .v9), .classic(3, "Destroy", until: .v9)]
        + [
            "Name", "Symbol", "TotalSupply", "BalanceOf", "Transfer", "TransferFrom", "IncreaseAllowance",
            "DecreaseAllowance", "RevokeAllowance", "Burn", "BurnFrom", "Allowance",
        ].enumerated().map { .classic(UInt64($0.offset + 10), $0.element, until: .v9) }
        + [
            "Mint", "Destroy", "Name", "Symbol", "Granularity", "TotalSupply", "Balance", "Transfer", "TransferFrom",
            "IncreaseAllowance", "DecreaseAllowance", "RevokeAllowance", "Burn", "BurnFrom", "Allowance",
        ].map { .exported($0) }

    private static let evmMethods: [BuiltinMethod] =
        [
            "Constructor", "Resurrect", "GetBytecode", "GetBytecodeHash", "GetStorageAt", "InvokeContractDelegate",
        ].enumerated().map { .classic(UInt64($0.offset + 1), $0.element, since: .v10) }
        + [.hashed("InvokeContract", of: "InvokeEVM", since: .v10)]
}
