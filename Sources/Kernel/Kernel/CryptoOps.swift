import Actors
import BLS12381
import FVMCrypto
import FVMShared
import IPLD

extension InvocationKernel {
    /// Verifies a signature by `signer` over `plaintext`: true valid, false invalid.
    public func verifySignature(type: UInt32, signature: [UInt8], signer: Address, plaintext: [UInt8])
        throws(ExecutionError) -> Bool
    {
        guard type <= UInt32(UInt8.max), let sigType = SignatureType(rawValue: UInt8(type)),
            let cost = prices.onVerifySignature(signatureType: UInt8(type), plaintextLength: plaintext.count)
        else {
            throw .syscall(.illegalArgument, "unknown signature type \(type)")
        }
        try charge(cost)
        let key: Address
        if signer.proto == .secp256k1 || signer.proto == .bls {
            key = signer
        } else if rules.resolvesSignerThroughAccount {
            key = try accountKeyAddress(signer)
        } else {
            throw .syscall(.illegalArgument, "signer \(signer) is not a key address")
        }
        switch sigType {
        case .secp256k1:
            guard key.proto == .secp256k1 else { return false }
            return Secp256k1.verify(signature: signature, message: plaintext, signerAddressPayload: key.payload)
        case .bls:
            guard key.proto == .bls else { return false }
            do {
                return try BLS.verify(signature: signature, publicKey: key.payload, message: plaintext)
            } catch {
                return false
            }
        }
    }

    /// v2: a non-key signer is resolved through its account state, paying for opening it.
    private func accountKeyAddress(_ signer: Address) throws(ExecutionError) -> Address {
        guard let id = try callManager.resolve(signer), let actor = try callManager.getActor(id) else {
            throw .syscall(.notFound, "signer \(signer) not found")
        }
        guard machine.manifest.kind(of: actor.code) == .account else {
            throw .syscall(.illegalArgument, "signer \(signer) is not an account")
        }
        try charge(prices.onBlockOpenBase())
        guard let state = machine.store.get(actor.head) else { throw .fatal(.missingBlock(actor.head)) }
        try charge(prices.onBlockOpenPerByte(length: state.count))
        do {
            return try AccountActorState(cbor: state).address
        } catch {
            throw .fatal(.malformedState(what: "account state of \(signer)", underlying: error))
        }
    }

    /// Recovers the uncompressed secp256k1 key that signed `hash`.
    public func recoverSecpPublicKey(hash: [UInt8], signature: [UInt8]) throws(ExecutionError) -> [UInt8] {
        try charge(prices.onRecoverSecpPublicKey())
        do {
            return try Secp256k1.recoverPublicKey(hash32: hash, signature65: signature)
        } catch {
            throw .syscall(.illegalArgument, "cannot recover a public key: \(error)")
        }
    }

    /// Hashes `data` with the multihash function `code`.
    public func hash(code: UInt64, data: [UInt8]) throws(ExecutionError) -> [UInt8] {
        if rules.chargesHashBeforeCheck, let cost = prices.onHashing(code: code, length: data.count) {
            try charge(cost)
        }
        guard let hasher = SupportedHash(rawValue: code) else {
            throw .syscall(.illegalArgument, "unsupported hash code 0x\(String(code, radix: 16))")
        }
        if !rules.chargesHashBeforeCheck, let cost = prices.onHashing(code: code, length: data.count) {
            try charge(cost)
        }
        return hasher.digest(data)
    }

    /// CommD of a sector made of `pieces`.
    public func computeUnsealedSectorCID(proofType: Int64, pieces: [PieceInfo]) throws(ExecutionError) -> CID {
        guard RegisteredSealProof(rawValue: proofType) != nil else {
            throw .syscall(.illegalArgument, "unknown seal proof \(proofType)")
        }
        try charge(prices.onComputeUnsealedSectorCID())
        do {
            return try FVMCrypto.computeUnsealedSectorCID(proofType: proofType, pieces: pieces)
        } catch {
            throw .syscall(.illegalArgument, "cannot compute the unsealed sector CID: \(error)")
        }
    }

    /// Window PoSt verification: charged, then decided by the externs.
    public func verifyPoSt(firstProofType: Int64?, challengedSectors: Int, encoded: [UInt8]) throws(ExecutionError)
        -> Bool
    {
        try charge(prices.onVerifyPoSt(firstProofType: firstProofType, challengedSectors: challengedSectors))
        return try askExterns { () throws(ExternError) in try machine.externs.verifyProof(.windowPoSt, encoded: encoded)
        }
    }

    /// Aggregate seal verification: charged, then decided by the externs.
    public func verifyAggregateSeals(sealProof: Int64, count: Int, encoded: [UInt8]) throws(ExecutionError) -> Bool {
        try charge(prices.onVerifyAggregateSeals(sealProof: sealProof, count: count))
        return try askExterns { () throws(ExternError) in
            try machine.externs.verifyProof(.aggregateSeals, encoded: encoded)
        }
    }

    /// Replica update verification: charged, then decided by the externs.
    public func verifyReplicaUpdate(encoded: [UInt8]) throws(ExecutionError) -> Bool {
        try charge(prices.onVerifyReplicaUpdate())
        return try askExterns { () throws(ExternError) in
            try machine.externs.verifyProof(.replicaUpdate, encoded: encoded)
        }
    }

    /// Consensus fault verification: charged, then decided by the externs (nil: no fault).
    public func verifyConsensusFault(header1: [UInt8], header2: [UInt8], extra: [UInt8]) throws(ExecutionError)
        -> ConsensusFault?
    {
        try charge(prices.onVerifyConsensusFault())
        return try askExterns { () throws(ExternError) in
            try machine.externs.verifyConsensusFault(header1: header1, header2: header2, extra: extra)
        }
    }

    /// Batch seal verification: charged as the externs say, then one verdict per seal.
    public func batchVerifySeals(_ seals: [IPLDValue]) throws(ExecutionError) -> [Bool] {
        if machine.externs.batchSealCharge == .perSeal {
            for _ in seals { try charge(prices.onVerifySeal()) }
        }
        let verdicts = try askExterns { () throws(ExternError) in try machine.externs.batchVerifySeals(seals) }
        guard verdicts.count == seals.count else {
            throw .fatal(.extern(.failed(.batchSeals, "\(verdicts.count) verdicts for \(seals.count) seals")))
        }
        return verdicts
    }

    /// The CID of the tipset at `epoch`, which must be one of the 899 before the current one.
    public func tipsetCID(epoch: Int64) throws(ExecutionError) -> CID {
        let offset = machine.context.epoch - epoch
        guard epoch >= 0, offset > 0, offset < 900 else {
            throw .syscall(.illegalArgument, "epoch \(epoch) out of range")
        }
        try charge(prices.onTipsetCID(lookback: offset > 1))
        return try askExterns { () throws(ExternError) in try machine.externs.tipsetCID(epoch: epoch) }
    }

    /// Runs an externs request; a failure there is fatal to the message, with its cause kept.
    private func askExterns<T>(_ request: () throws(ExternError) -> T) throws(ExecutionError) -> T {
        do {
            return try request()
        } catch {
            throw .fatal(.extern(error))
        }
    }
}

// MARK: - Randomness, gas, context, events, debug

extension InvocationKernel {
    /// Chain or beacon randomness for (DST, round, entropy).
    public func randomness(_ kind: RandomnessKind, personalization: Int64, round: Int64, entropy: [UInt8])
        throws(ExecutionError) -> [UInt8]
    {
        try charge(prices.onGetRandomness(entropyLength: entropy.count))
        return try machine.randomness.draw(kind: kind, personalization: personalization, round: round, entropy: entropy)
    }

    /// Actor-requested charge of `gas` whole gas (negative only in v2).
    public func chargeGas(name: String, gas amount: Int64) throws(ExecutionError) {
        try charge(GasCharge(name: name, compute: prices.arithmetic.gas(wholeGas: amount)))
    }

    /// Whole gas left (rounded down).
    public func gasAvailable() -> UInt64 { UInt64(clamping: gas.available.roundedDown) }

    /// Network context (v3).
    public func networkContext() throws(ExecutionError) -> MachineContext {
        try charge(prices.onNetworkContext())
        return machine.context
    }

    /// Message context charge (v3); the values come from the kernel's fields.
    public func chargeMessageContext() throws(ExecutionError) { try charge(prices.onMessageContext()) }

    /// Records an event (v3), after validating and charging it.
    public func emitEvent(_ encoded: [UInt8]) throws(ExecutionError) {
        try requireWritable("emit_event")
        try charge(prices.onActorEventValidate(length: encoded.count))
        guard encoded.count <= 1 << 20 else { throw .syscall(.illegalArgument, "event too large") }
        var r = CBORReader(encoded)
        var totalValue = 0
        var indexedElements = 0
        var indexedBytes = 0
        do {
            let n = try r.readArrayHeader()
            guard n <= 256 else { throw ExecutionError.syscall(.illegalArgument, "too many event entries") }
            for _ in 0..<n {
                try r.readTupleHeader(4, "event entry")
                let flags = try r.readUInt()
                let key = try r.readText()
                let codec = try r.readUInt()
                let value = try r.readBytes()
                guard key.utf8.count <= 32 else { throw ExecutionError.syscall(.illegalArgument, "event key too long") }
                guard codec == CID.Codec.raw else {
                    throw ExecutionError.syscall(.illegalCodec, "event value codec must be raw")
                }
                totalValue += value.count
                if flags & 0b11 != 0 {
                    indexedElements += 1
                    indexedBytes += key.utf8.count + value.count
                }
            }
            guard r.isAtEnd else { throw ExecutionError.syscall(.illegalArgument, "trailing bytes after event") }
        } catch let e as ExecutionError {
            throw e
        } catch {
            throw .syscall(.illegalArgument, "malformed event: \(error)")
        }
        guard totalValue <= 8192 else { throw .syscall(.illegalArgument, "event values too large") }
        try charge(
            prices.onActorEventAccept(
                serializedLength: encoded.count, indexedElements: indexedElements, indexedBytes: indexedBytes))
        callManager.emit(StampedEvent(emitter: receiver, encodedEntries: encoded))
    }
}
