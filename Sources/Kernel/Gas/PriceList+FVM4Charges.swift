/// Charges FVM 4 introduced or reshaped. Their prices are zero in SKYR and HYGGE, so a kernel
/// following v3 rules must not make these charges at all (a zero charge still appears in a
/// trace); the v3 forms stay in `PriceList+Charges.swift`.
extension PriceList {
    /// Bytes the encoding of a stamped event can add beyond its entries: a two-field tuple
    /// header, the emitter ID and the entry array header.
    static let eventOverheadBytes: UInt64 = 12
    /// Bytes one entry's encoding can add beyond its key and value: tuple header, flags, and
    /// the key, codec and value headers at their maximal sizes.
    static let eventEntryOverheadBytes: UInt64 = 9

    /// The chain walk behind randomness and tipset CIDs. The epoch difference is reinterpreted
    /// as unsigned, as upstream does, so a negative one costs the maximum.
    private func lookbackGas(_ epochs: Int64) -> Gas {
        lookback.apply(UInt64(bitPattern: epochs))
    }

    /// Fetching chain or beacon randomness `lookback` epochs before the current one (v4; the
    /// drawing with entropy happens inside the actor).
    public func onGetRandomness(lookback: Int64) -> GasCharge {
        charge("OnGetRandomness", other: lookbackGas(lookback))
    }

    /// `network.tipset_cid` for the tipset `lookbackEpochs` before the current one (at least 1).
    /// Covers both rules: v3's fixed price for the parent or an older tipset (zero in v4) and
    /// v4's lookback cost (zero in v3), so in HYGGE it equals `onTipsetCID(lookback:
    /// lookbackEpochs > 1)`.
    public func onTipsetCID(lookbackEpochs: Int64) -> GasCharge {
        let fixed = lookbackEpochs > 1 ? tipsetCIDHistorical : tipsetCIDLatest
        return charge("OnTipsetCid", other: fixed + lookbackGas(lookbackEpochs))
    }

    /// Emitting an event of `entries` entries whose keys total `keySize` bytes and values
    /// `valueSize` bytes (FIP-0072), charged before the event is validated.
    ///
    /// The encoded size is estimated from the overheads; one copy and allocation of that size
    /// costs `memory`. Validation, the stamped copy and its retention are compute; the AMT's
    /// copy and hashing when the message finishes are other gas.
    public func onActorEvent(entries: Int, keySize: Int, valueSize: Int) -> GasCharge {
        // Upstream saturates the estimate at u64::MAX; Int128 cannot overflow on the way there.
        let estimate =
            Int128(Self.eventOverheadBytes) + Int128(Self.eventEntryOverheadBytes) * Int128(entries)
            + Int128(keySize) + Int128(valueSize)
        let size = UInt64(clamping: estimate)
        let memory = blockMemcpy.apply(size) + blockAllocate.apply(size)
        let hash = hashing.perCodeCost(Self.blake2b256Code)?.apply(size) ?? .zero
        let validation = eventPerEntry.apply(entries) + utf8Validation.apply(keySize)
        return charge("OnActorEvent", compute: memory * 2 + validation, other: hash + memory)
    }

    /// Validating `length` bytes as UTF-8.
    public func onUTF8Validation(length: Int) -> GasCharge {
        charge("OnUtf8Validation", compute: utf8Validation.apply(length))
    }

    /// `crypto.verify_bls_aggregate` over `signatures` signatures whose plaintexts total
    /// `plaintextLength` bytes: one pairing per signature plus one for the aggregate, and
    /// hashing every plaintext to the curve.
    public func onVerifyAggregateSignature(signatures: Int, plaintextLength: Int) -> GasCharge {
        let pairingGas = blsPairing * (Int128(signatures) + 1)
        return charge("OnVerifyBlsAggregateSignature", compute: pairingGas + blsHashing.apply(plaintextLength))
    }

    /// `self.root`: the state root becomes reachable.
    public func onGetRoot() -> GasCharge { charge("OnActorGetRoot", compute: ipldLinkTracked) }

    /// `self.set_root`: the new root must be reachable.
    public func onSetRoot() -> GasCharge { charge("OnActorSetRoot", compute: ipldLinkChecked) }

    /// A nested call's return value with `links` CIDs, which become reachable by the caller (the
    /// top-level return is `onChainReturnValue`).
    public func onReturnValue(links: Int) -> GasCharge {
        charge("OnReturnValue", compute: ipldLinkTracked * links)
    }

    /// Scanning a block for links (FIP-0071): `fields` CBOR headers read (every data item,
    /// tags included, and those of inline identity-hashed CIDs, which are scanned too) and
    /// `cids` tag-42 CIDs met. Upstream charges the whole scan as one `OnScanIpldLinks` charge
    /// after it ends, including a zero one for a raw or plain CBOR block, before the block's
    /// open or create charge; a scan that runs out of gas charges all the gas left.
    public func onIPLDScan(fields: Int, cids: Int) -> GasCharge {
        charge("OnScanIpldLinks", compute: ipldScanGas(fields: fields, cids: cids))
    }

    /// The gas of scanning `fields` CBOR headers and `cids` CIDs, for a scanner that must stop
    /// as soon as it exceeds the gas available.
    public func ipldScanGas(fields: Int, cids: Int) -> Gas {
        arithmetic.clamp(ipldCBORScanPerField * fields + ipldCBORScanPerCID * cids)
    }
}
