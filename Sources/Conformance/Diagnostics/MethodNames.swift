/// Method names of the builtin actors, by actor type and actors release (v9 and v10).
///
/// Numbers at or above 2^24 are FRC-42 hashes of the exported name; v10 exports most public
/// methods that way and retires some v9 numbers (datacap's, account's AuthenticateMessage).
public enum MethodNames {
    /// Method 0 on any actor: a bare value transfer.
    public static let send = "Send"

    /// The name of `method` on an actor of `kind` under `version`; nil when that release has no such method.
    public static func name(of method: UInt64, on kind: BuiltinActorKind, version: ActorsVersion) -> String? {
        if method == 0 { return send }
        return table(kind, version)[method]
    }

    /// `Name(number)` when the method is known, else the bare number.
    public static func label(of method: UInt64, on kind: BuiltinActorKind?, version: ActorsVersion) -> String {
        guard let kind, let name = name(of: method, on: kind, version: version) else { return "method \(method)" }
        return "\(name)(\(method))"
    }

    static func table(_ kind: BuiltinActorKind, _ version: ActorsVersion) -> [UInt64: String] {
        let shared = numbered[kind] ?? [:]
        let specific = (version == .v9 ? onlyV9 : onlyV10)[kind] ?? [:]
        return shared.merging(specific) { a, _ in a }
    }

    /// The FRC-42 hash of the universal receiver hook `Receive`.
    static let receive: UInt64 = 3_726_118_371

    /// Methods with the same number in v9 and v10.
    static let numbered: [BuiltinActorKind: [UInt64: String]] = [
        .system: [1: "Constructor"],
        .`init`: [1: "Constructor", 2: "Exec"],
        .cron: [1: "Constructor", 2: "EpochTick"],
        .account: [1: "Constructor", 2: "PubkeyAddress"],
        .power: [
            1: "Constructor", 2: "CreateMiner", 3: "UpdateClaimedPower", 4: "EnrollCronEvent", 5: "OnEpochTickEnd",
            6: "UpdatePledgeTotal", 8: "SubmitPoRepForBulkVerify", 9: "CurrentTotalPower",
        ],
        .miner: [
            1: "Constructor", 2: "ControlAddresses", 3: "ChangeWorkerAddress", 4: "ChangePeerID",
            5: "SubmitWindowedPoSt",
            6: "PreCommitSector", 7: "ProveCommitSector", 8: "ExtendSectorExpiration", 9: "TerminateSectors",
            10: "DeclareFaults", 11: "DeclareFaultsRecovered", 12: "OnDeferredCronEvent", 13: "CheckSectorProven",
            14: "ApplyRewards", 15: "ReportConsensusFault", 16: "WithdrawBalance", 17: "ConfirmSectorProofsValid",
            18: "ChangeMultiaddrs", 19: "CompactPartitions", 20: "CompactSectorNumbers", 22: "RepayDebt",
            23: "ChangeOwnerAddress", 24: "DisputeWindowedPoSt", 25: "PreCommitSectorBatch", 26: "ProveCommitAggregate",
            27: "ProveReplicaUpdates", 28: "PreCommitSectorBatch2", 29: "ProveReplicaUpdates2", 30: "ChangeBeneficiary",
            31: "GetBeneficiary", 32: "ExtendSectorExpiration2",
        ],
        .market: [
            1: "Constructor", 2: "AddBalance", 3: "WithdrawBalance", 4: "PublishStorageDeals",
            5: "VerifyDealsForActivation",
            6: "ActivateDeals", 7: "OnMinerSectorsTerminate", 8: "ComputeDataCommitment", 9: "CronTick",
        ],
        .paych: [1: "Constructor", 2: "UpdateChannelState", 3: "Settle", 4: "Collect"],
        .multisig: [
            1: "Constructor", 2: "Propose", 3: "Approve", 4: "Cancel", 5: "AddSigner", 6: "RemoveSigner",
            7: "SwapSigner",
            8: "ChangeNumApprovalsThreshold", 9: "LockBalance", receive: "UniversalReceiverHook",
        ],
        .reward: [1: "Constructor", 2: "AwardBlockReward", 3: "ThisEpochReward", 4: "UpdateNetworkKPI"],
        .verifreg: [
            1: "Constructor", 2: "AddVerifier", 3: "RemoveVerifier", 4: "AddVerifiedClient",
            7: "RemoveVerifiedClientDataCap",
            8: "RemoveExpiredAllocations", 9: "ClaimAllocations", 10: "GetClaims", 11: "ExtendClaimTerms",
            12: "RemoveExpiredClaims", receive: "UniversalReceiverHook",
        ],
        .datacap: [1: "Constructor"],
    ]

    /// v9 only: numbers v10 retired or reassigned.
    static let onlyV9: [BuiltinActorKind: [UInt64: String]] = [
        .account: [3: "AuthenticateMessage", receive: "UniversalReceiverHook"],
        .miner: [21: "ConfirmUpdateWorkerKey"],
        .datacap: [
            2: "Mint", 3: "Destroy", 10: "Name", 11: "Symbol", 12: "TotalSupply", 13: "BalanceOf", 14: "Transfer",
            15: "TransferFrom", 16: "IncreaseAllowance", 17: "DecreaseAllowance", 18: "RevokeAllowance", 19: "Burn",
            20: "BurnFrom", 21: "Allowance",
        ],
    ]

    /// v10 only: the FVM-native actors and the FRC-42 exported methods.
    static let onlyV10: [BuiltinActorKind: [UInt64: String]] = [
        .`init`: [3: "Exec4"],
        .account: [2_643_134_072: "AuthenticateMessageExported"],
        .miner: [
            21: "ConfirmChangeWorkerAddress", 3_302_309_124: "ChangeWorkerAddressExported",
            1_236_548_004: "ChangePeerIDExported", 2_280_458_852: "WithdrawBalanceExported",
            1_063_480_576: "ChangeMultiaddrsExported", 2_354_970_453: "ConfirmChangeWorkerAddressExported",
            3_665_352_697: "RepayDebtExported", 1_010_589_339: "ChangeOwnerAddressExported",
            1_570_634_796: "ChangeBeneficiaryExported", 4_158_972_569: "GetBeneficiaryExported",
            3_275_365_574: "GetOwnerExported", 348_244_887: "IsControllingAddressExported",
            3_858_292_296: "GetSectorSizeExported", 4_026_106_874: "GetAvailableBalanceExported",
            1_726_876_304: "GetVestingFundsExported", 2_812_875_329: "GetPeerIDExported",
            1_332_909_407: "GetMultiaddrsExported",
        ],
        .market: [
            822_473_126: "AddBalanceExported", 2_280_458_852: "WithdrawBalanceExported",
            2_236_929_350: "PublishStorageDealsExported", 726_108_461: "GetBalanceExported",
            1_157_985_802: "GetDealDataCommitmentExported", 128_053_329: "GetDealClientExported",
            935_081_690: "GetDealProviderExported", 46_363_526: "GetDealLabelExported",
            163_777_312: "GetDealTermExported",
            4_287_162_428: "GetDealTotalPriceExported", 200_567_895: "GetDealClientCollateralExported",
            2_986_712_137: "GetDealProviderCollateralExported", 2_627_389_465: "GetDealVerifiedExported",
            2_567_238_399: "GetDealActivationExported",
        ],
        .power: [
            1_173_380_165: "CreateMinerExported", 931_722_534: "NetworkRawPowerExported",
            3_753_401_894: "MinerRawPowerExported", 1_987_646_258: "MinerCountExported",
            196_739_875: "MinerConsensusCountExported",
        ],
        .verifreg: [
            3_916_220_144: "AddVerifiedClientExported", 2_421_068_268: "RemoveExpiredAllocationsExported",
            2_199_871_187: "GetClaimsExported", 1_752_273_514: "ExtendClaimTermsExported",
            2_873_373_899: "RemoveExpiredClaimsExported",
        ],
        .datacap: [
            116_935_346: "MintExported", 2_624_896_501: "DestroyExported", 48_890_204: "NameExported",
            2_061_153_854: "SymbolExported", 3_936_767_397: "GranularityExported", 114_981_429: "TotalSupplyExported",
            3_261_979_605: "BalanceExported", 80_475_954: "TransferExported", 3_621_052_141: "TransferFromExported",
            1_777_121_560: "IncreaseAllowanceExported", 1_529_376_545: "DecreaseAllowanceExported",
            2_765_635_761: "RevokeAllowanceExported", 1_434_719_642: "BurnExported", 2_979_674_018: "BurnFromExported",
            4_205_072_950: "AllowanceExported",
        ],
        .evm: [
            1: "Constructor", 2: "Resurrect", 3: "GetBytecode", 4: "GetBytecodeHash", 5: "GetStorageAt",
            6: "InvokeContractDelegate", 3_844_450_837: "InvokeContract",
        ],
        .eam: [1: "Constructor", 2: "Create", 3: "Create2", 4: "CreateExternal"],
        .ethaccount: [1: "Constructor"],
        .placeholder: [:],
    ]
}
