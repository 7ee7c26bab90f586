import Actors
import BLS12381
import FVMCrypto
import FVMShared
import IPLD

extension InvocationKernel: CryptoOps {
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

    public func recoverSecpPublicKey(hash: [UInt8], signature: [UInt8]) throws(ExecutionError) -> [UInt8] {
        try charge(prices.onRecoverSecpPublicKey())
        do {
            return try Secp256k1.recoverPublicKey(hash32: hash, signature65: signature)
        } catch {
            throw .syscall(.illegalArgument, "cannot recover a public key: \(error)")
        }
    }

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

    public func verifyPoSt(firstProofType: Int64?, challengedSectors: Int, encoded: [UInt8]) throws(ExecutionError)
        -> Bool
    {
        try charge(prices.onVerifyPoSt(firstProofType: firstProofType, challengedSectors: challengedSectors))
        return try askExterns { () throws(ExternError) in try machine.externs.verifyProof(.windowPoSt, encoded: encoded)
        }
    }

    public func verifyAggregateSeals(sealProof: Int64, count: Int, encoded: [UInt8]) throws(ExecutionError) -> Bool {
        try charge(prices.onVerifyAggregateSeals(sealProof: sealProof, count: count))
        return try askExterns { () throws(ExternError) in
            try machine.externs.verifyProof(.aggregateSeals, encoded: encoded)
        }
    }

    public func verifyReplicaUpdate(encoded: [UInt8]) throws(ExecutionError) -> Bool {
        try charge(prices.onVerifyReplicaUpdate())
        return try askExterns { () throws(ExternError) in
            try machine.externs.verifyProof(.replicaUpdate, encoded: encoded)
        }
    }

    public func verifyConsensusFault(header1: [UInt8], header2: [UInt8], extra: [UInt8]) throws(ExecutionError)
        -> ConsensusFault?
    {
        try charge(prices.onVerifyConsensusFault())
        return try askExterns { () throws(ExternError) in
            try machine.externs.verifyConsensusFault(header1: header1, header2: header2, extra: extra)
        }
    }

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

    /// Runs an externs request; a failure there is fatal to the message, with its cause kept.
    func askExterns<T>(_ request: () throws(ExternError) -> T) throws(ExecutionError) -> T {
        do {
            return try request()
        } catch {
            throw .fatal(.extern(error))
        }
    }
}
