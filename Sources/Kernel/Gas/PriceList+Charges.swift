/// Charge functions. Each saturates its parts with the list's arithmetic, so that a charge is
/// already in range when the tracker sees it.
extension PriceList {
    @inline(__always)
    func charge(_ name: String, compute: Gas = .zero, other: Gas = .zero) -> GasCharge {
        GasCharge(name: name, compute: arithmetic.clamp(compute), other: arithmetic.clamp(other))
    }

    /// Blake2b-256 is the hash behind CIDs, randomness and the events AMT.
    static let blake2b256Code: UInt64 = 0xb220

    // MARK: Messages and sends

    /// Inclusion of a signed message of `length` bytes; in v3 it also pays the sender update.
    public func onChainMessage(length: Int) -> GasCharge {
        charge(
            "OnChainMessage",
            compute: onChainMessageCompute.apply(length),
            other: actorUpdate + onChainMessageStorage.apply(length))
    }

    /// Storing a top-level return value of `length` bytes.
    public func onChainReturnValue(length: Int) -> GasCharge {
        charge(
            "OnChainReturnValue", compute: onChainReturnCompute.apply(length), other: onChainReturnStorage.apply(length)
        )
    }

    /// The single v2 send charge, covering base, transfer and invocation together.
    public func onMethodInvocation(valueIsZero: Bool, method: UInt64) -> GasCharge {
        var gas = sendBase
        if !valueIsZero {
            gas += sendTransferFunds
            if method == 0 { gas += sendTransferOnlyPremium }
        }
        if method != 0 { gas += sendInvokeMethod }
        return charge("OnMethodInvocation", compute: gas)
    }

    /// v3's separate transfer charge, made before a non-zero transfer.
    public func onValueTransfer() -> GasCharge {
        charge("OnValueTransfer", compute: sendTransferFunds)
    }

    /// v3's separate invocation charge, made after the transfer and only for method ≠ 0; v4 also
    /// tracks the `paramLinks` CIDs of the parameters block as reachable by the callee.
    public func onMethodInvocation(paramLinks: Int = 0) -> GasCharge {
        charge("OnMethodInvocation", compute: sendBase + sendInvokeMethod + ipldLinkTracked * paramLinks)
    }

    /// Flat overhead of any syscall.
    public func onSyscall() -> GasCharge {
        charge("OnSyscall", compute: syscall)
    }

    // MARK: Actors and state

    /// Creating an actor; `newAddress` for implicit creation, which also assigns an ID to an
    /// address (v3 only; v2 prices both kinds alike).
    public func onCreateActor(newAddress: Bool) -> GasCharge {
        var other = createActorStorage
        if newAddress { other += addressAssignment + addressLookup }
        return charge("OnCreateActor", compute: createActorCompute, other: other)
    }

    /// Deleting an actor (a refund in v2).
    public func onDeleteActor() -> GasCharge {
        charge("OnDeleteActor", other: deleteActorStorage)
    }

    /// First read of an actor in a message.
    public func onActorLookup() -> GasCharge { charge("OnActorLookup", other: actorLookup) }

    /// First write of an actor in a message.
    public func onActorUpdate() -> GasCharge { charge("OnActorUpdate", other: actorUpdate) }

    /// Storing a new actor in the state tree (lookup and update charged separately).
    public func onActorCreate() -> GasCharge { charge("OnActorCreate", other: createActorStorage) }

    /// `self.current_balance`.
    public func onSelfBalance() -> GasCharge { charge("OnSelfBalance") }

    /// `actor.balance_of`.
    public func onBalanceOf() -> GasCharge { charge("OnBalanceOf") }

    /// Resolving a non-ID address.
    public func onResolveAddress() -> GasCharge { charge("OnResolveAddress") }

    /// `actor.lookup_delegated_address`.
    public func onLookupDelegatedAddress() -> GasCharge { charge("OnLookupAddress") }

    /// `actor.get_actor_code_cid`.
    public func onGetActorCodeCID() -> GasCharge { charge("OnGetActorCodeCid") }

    /// `actor.get_builtin_actor_type`.
    public func onGetBuiltinActorType() -> GasCharge {
        charge("OnGetBuiltinActorType", compute: builtinActorManifestLookup)
    }

    /// `actor.get_code_cid_for_type`.
    public func onGetCodeCIDForType() -> GasCharge {
        charge("OnGetCodeCidForType", compute: builtinActorManifestLookup)
    }

    /// `network.context`.
    public func onNetworkContext() -> GasCharge { charge("OnNetworkContext", compute: networkContext) }

    /// `vm.message_context`.
    public func onMessageContext() -> GasCharge { charge("OnMessageContext", compute: messageContext) }

    /// `network.tipset_cid`; `lookback` when the epoch is older than the parent's.
    public func onTipsetCID(lookback: Bool) -> GasCharge {
        charge("OnTipsetCid", other: lookback ? tipsetCIDHistorical : tipsetCIDLatest)
    }

    // MARK: Crypto

    /// Signature verification for signature type code `signatureType` (1 secp256k1, 2 BLS);
    /// nil for any other code, which the syscall rejects before charging.
    public func onVerifySignature(signatureType: UInt8, plaintextLength: Int) -> GasCharge? {
        guard let cost = signatureVerification[signatureType] else { return nil }
        return charge("OnVerifySignature", compute: cost.apply(plaintextLength))
    }

    /// `crypto.recover_secp_public_key`.
    public func onRecoverSecpPublicKey() -> GasCharge {
        charge("OnRecoverSecpPublicKey", compute: secp256k1Recover)
    }

    /// Hashing `length` bytes with multihash `code`; nil when this list has no price for the
    /// code (v3: the syscall rejects it without charging). A flat v2 price applies to any
    /// code, so v2 charges before rejecting an unsupported one.
    public func onHashing(code: UInt64, length: Int) -> GasCharge? {
        switch hashing {
        case .flat(let gas):
            return charge("OnHashing", compute: gas)
        case .perCode(let table):
            guard let cost = table[code] else { return nil }
            return charge("OnHashing", compute: cost.apply(length))
        }
    }

    /// Fetching randomness with `entropyLength` bytes of entropy.
    public func onGetRandomness(entropyLength: Int) -> GasCharge {
        charge(
            "OnGetRandomness", compute: randomness.compute.apply(entropyLength),
            other: randomness.other.apply(entropyLength))
    }

    // MARK: Proofs

    /// `crypto.compute_unsealed_sector_cid` (independent of the proof type and pieces).
    public func onComputeUnsealedSectorCID() -> GasCharge {
        charge("OnComputeUnsealedSectorCid", compute: computeUnsealedSectorCIDBase)
    }

    /// `crypto.verify_seal`, and each seal of a batch when the externs say batches are charged per seal.
    public func onVerifySeal() -> GasCharge {
        charge("OnVerifySeal", compute: verifySealBase)
    }

    /// Aggregate verification of `count` seals of proof type `sealProof`; unlisted types use the
    /// fallback type's prices.
    public func onVerifyAggregateSeals(sealProof: Int64, count: Int) -> GasCharge {
        let per = verifyAggregateSealPer[sealProof] ?? verifyAggregateSealPer[verifyAggregateSealFallback] ?? .zero
        let steps = verifyAggregateSealSteps[sealProof] ?? verifyAggregateSealSteps[verifyAggregateSealFallback]
        let n = UInt64(clamping: count)
        return charge("OnVerifyAggregateSeals", compute: per * n + (steps?.lookup(n) ?? .zero))
    }

    /// `crypto.verify_replica_update`.
    public func onVerifyReplicaUpdate() -> GasCharge {
        charge("OnVerifyReplicaUpdate", compute: verifyReplicaUpdate)
    }

    /// Window PoSt verification, priced by the first proof's type (nil when there are no
    /// proofs) and the number of challenged sectors.
    public func onVerifyPoSt(firstProofType: Int64?, challengedSectors: Int) -> GasCharge {
        let cost = firstProofType.flatMap { verifyPoStLookup[$0] } ?? verifyPoStLookup[verifyPoStFallback] ?? .zero
        return charge("OnVerifyPost", compute: cost.apply(challengedSectors))
    }

    /// `crypto.verify_consensus_fault` (the extern's own gas is never added for nv17/nv18).
    public func onVerifyConsensusFault() -> GasCharge {
        charge(
            "OnVerifyConsensusFault", compute: verifyConsensusFault.compute.flat, other: verifyConsensusFault.other.flat
        )
    }

    // MARK: Blocks

    /// Opening a block, before its size is known (v4 also checks that its CID is reachable).
    public func onBlockOpenBase() -> GasCharge {
        charge(
            "OnBlockOpenBase", compute: blockOpenBase.compute.flat + ipldLinkChecked, other: blockOpenBase.other.flat)
    }

    /// Opening a block of `length` bytes with `links` reachable children (v4 tracks them):
    /// allocation and copy, topped up to the retention minimum.
    public func onBlockOpenPerByte(length: Int, links: Int = 0) -> GasCharge {
        let tracking = ipldLinkTracked * links
        let copy = blockAllocate.apply(length) + blockMemcpy.apply(length)
        let open = blockOpenPerByte * length
        let surcharge = max(blockMemoryRetentionMinimum.apply(length) - (tracking + copy + open), .zero)
        if blockOpenBooksCopyAsCompute {
            return charge(blockOpenChargeName, compute: tracking + copy, other: open + surcharge)
        }
        return charge(blockOpenChargeName, compute: tracking, other: copy + open + surcharge)
    }

    /// Copying `length` bytes of an open block into actor memory.
    public func onBlockRead(length: Int) -> GasCharge {
        charge("OnBlockRead", compute: blockReadBase + blockMemcpy.apply(length))
    }

    /// Creating a block of `length` bytes with `links` children (v4 checks each is reachable):
    /// copy and allocation, topped up to the retention minimum.
    public func onBlockCreate(length: Int, links: Int = 0) -> GasCharge {
        let compute =
            blockCreateBase + blockMemcpy.apply(length) + blockAllocate.apply(length) + ipldLinkChecked * links
        let surcharge = max(blockMemoryRetentionMinimum.apply(length) - compute, .zero)
        return charge("OnBlockCreate", compute: compute, other: surcharge)
    }

    /// Linking (persisting) a block of `length` bytes hashed with multihash `hashCode` (v4 also
    /// tracks the new CID as reachable).
    public func onBlockLink(hashCode: UInt64, length: Int) -> GasCharge {
        var compute = blockLinkCompute.apply(length) + ipldLinkTracked
        if blockLinkChargesHashing, let hash = hashing.perCodeCost(hashCode) { compute += hash.apply(length) }
        return charge("OnBlockLink", compute: compute, other: blockLinkOther.apply(length))
    }

    /// `ipld.block_stat`.
    public func onBlockStat() -> GasCharge { charge("OnBlockStat", compute: blockStat) }

    // MARK: Events

    /// Validating an event of `length` encoded bytes, before decoding it.
    public func onActorEventValidate(length: Int) -> GasCharge {
        let compute = blockMemcpy.apply(length) + blockAllocate.apply(length) + eventValidation.apply(length)
        return charge("OnActorEventValidate", compute: compute)
    }

    /// Accepting a decoded event of `serializedLength` bytes with `indexedElements` indexed keys
    /// and values totalling `indexedBytes`.
    public func onActorEventAccept(serializedLength: Int, indexedElements: Int, indexedBytes: Int) -> GasCharge {
        // The stamped event adds the emitter ID and CBOR framing to the encoded event.
        let stampedSize = serializedLength + 12
        let memcpy = blockMemcpy.apply(stampedSize)
        let alloc = blockAllocate.apply(stampedSize)
        let hash = hashing.perCodeCost(Self.blake2b256Code)?.apply(stampedSize) ?? .zero
        // Two of the three copies, the second allocation and the AMT hashing happen when the
        // message finishes, so upstream books them as other gas.
        let other =
            eventAcceptPerIndexElement.flat * indexedElements + eventAcceptPerIndexElement.scale * indexedBytes
            + memcpy * 2 + alloc + hash
        return charge("OnActorEventAccept", compute: memcpy + alloc, other: other)
    }

    // MARK: Wasm host side

    /// Initial memory of a new instance (`wasm_memory_init`; zero in v2).
    public func onWasmMemoryInit(bytes: Int) -> GasCharge {
        charge("wasm_memory_init", compute: wasmMemoryFillBase + wasmMemoryFillPerByte * bytes)
    }

    /// Initial table of a new instance exported as `table` (`wasm_table_init`; zero in v2).
    public func onWasmTableInit(elements: Int) -> GasCharge {
        charge("wasm_table_init", compute: wasmMemoryFillBase + wasmMemoryFillPerByte * elements * wasmTableElementSize)
    }

    /// The part of an exec charge that paid for growing memory by `bytes` (split out as
    /// `wasm_memory_grow` in v3 traces; the total is unchanged).
    public func memoryGrowGas(bytes: Int) -> Gas {
        arithmetic.clamp(wasmMemoryFillBase + wasmMemoryFillPerByte * bytes)
    }
}
