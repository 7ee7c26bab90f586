import FVMCrypto
import IPLD

/// `crypto`: signatures, hashes, sector commitments, and proofs (decoded just far enough to price
/// them; the verdict is the kernel's).
enum CryptoSyscalls {
    /// A secp256k1 signature hash is 32 bytes; a recoverable signature 65.
    static let secpHashLength: UInt32 = 32
    static let secpSignatureLength: UInt32 = 65

    static func bind<K: CryptoOps>(_ b: inout SyscallBinder<K>) {
        bindSignatures(&b)
        b.bind("crypto", "hash", [.i32, .i64, .i32, .i32, .i32, .i32], returning: UInt32.self) { c in
            let code = c.u64()
            let dataBuffer = c.buffer()
            let digestBuffer = c.buffer()
            try c.check(digestBuffer)
            let digest = try c.kernel.hash(code: code, data: try c.read(dataBuffer))
            let truncated = Array(digest.prefix(Int(digestBuffer.length)))
            try c.write(truncated, at: digestBuffer.offset)
            return UInt32(truncated.count)
        }
        b.bind("crypto", "compute_unsealed_sector_cid", [.i32, .i64, .i32, .i32, .i32, .i32], returning: UInt32.self) {
            c in
            let proofType = c.i64()
            let piecesBuffer = c.buffer()
            let cidBuffer = c.buffer()
            let pieces = try decodePieces(try c.read(piecesBuffer))
            try c.check(cidBuffer)
            let cid = try c.kernel.computeUnsealedSectorCID(proofType: proofType, pieces: pieces)
            return try c.writeCID(cid, into: cidBuffer)
        }
        bindProofs(&b)
    }

    private static func bindSignatures<K: CryptoOps>(_ b: inout SyscallBinder<K>) {
        b.bind("crypto", "verify_signature", [.i32, .i32, .i32, .i32, .i32, .i32, .i32, .i32], returning: Int32.self) {
            c in
            let type = c.u32()
            let signatureBuffer = c.buffer()
            let signerBuffer = c.buffer()
            let plaintextBuffer = c.buffer()
            let signature = try c.read(signatureBuffer)
            let signer = try c.readAddress(signerBuffer)
            let plaintext = try c.read(plaintextBuffer)
            let valid = try c.kernel.verifySignature(
                type: type, signature: signature, signer: signer, plaintext: plaintext)
            return verdict(valid)
        }
        b.bind("crypto", "recover_secp_public_key", [.i32, .i32, .i32], returning: SecpPublicKeyReturn.self) { c in
            let hash = try c.read(GuestBuffer(offset: c.u32(), length: secpHashLength))
            let signature = try c.read(GuestBuffer(offset: c.u32(), length: secpSignatureLength))
            return SecpPublicKeyReturn(bytes: try c.kernel.recoverSecpPublicKey(hash: hash, signature: signature))
        }
    }

    private static func bindProofs<K: CryptoOps>(_ b: inout SyscallBinder<K>) {
        b.bind("crypto", "verify_post", [.i32, .i32, .i32], returning: Int32.self) { c in
            let encoded = try c.read(c.buffer())
            let info = try decode(encoded, "WindowPoStVerifyInfo")
            guard let fields = info.list, fields.count == 4, let proofs = fields[1].list, let sectors = fields[2].list
            else {
                throw ExecutionError.syscall(.illegalArgument, "malformed WindowPoStVerifyInfo")
            }
            let firstType = proofs.first?.list?.first?.int64
            return verdict(
                try c.kernel.verifyPoSt(firstProofType: firstType, challengedSectors: sectors.count, encoded: encoded))
        }
        b.bind(
            "crypto", "verify_consensus_fault", [.i32, .i32, .i32, .i32, .i32, .i32, .i32],
            returning: ConsensusFault.self
        ) { c in
            let header1 = try c.read(c.buffer())
            let header2 = try c.read(c.buffer())
            let extra = try c.read(c.buffer())
            let fault = try c.kernel.verifyConsensusFault(header1: header1, header2: header2, extra: extra)
            return fault ?? ConsensusFault(epoch: 0, target: 0, kind: 0)
        }
        b.bind("crypto", "verify_aggregate_seals", [.i32, .i32, .i32], returning: Int32.self) { c in
            let encoded = try c.read(c.buffer())
            let info = try decode(encoded, "AggregateSealVerifyProofAndInfos")
            guard let fields = info.list, fields.count == 5, let sealProof = fields[1].int64, let infos = fields[4].list
            else {
                throw ExecutionError.syscall(.illegalArgument, "malformed AggregateSealVerifyProofAndInfos")
            }
            return verdict(
                try c.kernel.verifyAggregateSeals(sealProof: sealProof, count: infos.count, encoded: encoded))
        }
        b.bind("crypto", "verify_replica_update", [.i32, .i32, .i32], returning: Int32.self) { c in
            let encoded = try c.read(c.buffer())
            guard let fields = try decode(encoded, "ReplicaUpdateInfo").list, fields.count == 5 else {
                throw ExecutionError.syscall(.illegalArgument, "malformed ReplicaUpdateInfo")
            }
            return verdict(try c.kernel.verifyReplicaUpdate(encoded: encoded))
        }
        b.bind("crypto", "batch_verify_seals", [.i32, .i32, .i32]) { c in
            let batch = try decode(try c.read(c.buffer()), "batch of SealVerifyInfo")
            guard let items = batch.list else { throw ExecutionError.syscall(.illegalArgument, "malformed seal batch") }
            let results = GuestBuffer(offset: c.u32(), length: UInt32(items.count))
            try c.check(results)
            try c.write(try c.kernel.batchVerifySeals(items).map { $0 ? 1 : 0 }, at: results.offset)
        }
    }

    /// A proof or signature verdict as the ABI returns it: 0 valid, -1 invalid.
    static func verdict(_ valid: Bool) -> Int32 { valid ? 0 : -1 }

    static func decode(_ bytes: [UInt8], _ what: String) throws(ExecutionError) -> IPLDValue {
        do {
            return try DagCBOR.decode(bytes)
        } catch {
            throw .syscall(.illegalArgument, "cannot decode \(what): \(error)")
        }
    }

    static func decodePieces(_ bytes: [UInt8]) throws(ExecutionError) -> [PieceInfo] {
        guard let items = try decode(bytes, "pieces").list else {
            throw .syscall(.illegalArgument, "pieces are not a list")
        }
        var out: [PieceInfo] = []
        for item in items {
            guard let pair = item.list, pair.count == 2, let size = pair[0].uint64, let cid = pair[1].cid else {
                throw .syscall(.illegalArgument, "malformed piece info")
            }
            out.append(PieceInfo(paddedSize: size, cid: cid))
        }
        return out
    }
}

/// `crypto.verify_consensus_fault`'s record (all zero when there is no fault).
extension ConsensusFault: SyscallReturn {
    static let size = Int64.size + UInt64.size + UInt32.size

    func encode(into encoder: inout ReturnEncoder) {
        encoder.integer(epoch)
        encoder.integer(target)
        encoder.integer(kind)
    }
}
