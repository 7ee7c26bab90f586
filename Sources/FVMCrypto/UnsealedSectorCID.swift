import Hashing
import IPLD

/// CommD of a sector built from `pieces` under seal proof `proofType` (the
/// `crypto::compute_unsealed_sector_cid` syscall), as a fil-commitment-unsealed CID.
///
/// Mirrors ref-fvm's kernel (alignment padding with zero pieces, then filler up to the sector
/// size) followed by rust-fil-proofs `compute_comm_d` (stack reduction of a binary SHA-256
/// trunc254 Merkle tree).
public func computeUnsealedSectorCID(proofType: Int64, pieces: [PieceInfo]) throws(UnsealedSectorCIDError) -> CID {
    guard let proof = RegisteredSealProof(rawValue: proofType) else { throw .unknownProofType(proofType) }
    let commD = try UnsealedSectorCommitment.commD(sectorSize: proof.sectorSize, pieces: pieces)
    return CID(
        codec: CID.Codec.filCommitmentUnsealed,
        hash: Multihash(code: Multihash.Code.sha2_256Trunc254Padded, digest: commD)
    )
}

/// The piece-tree arithmetic behind CommD.
enum UnsealedSectorCommitment {
    /// Smallest piece: 4 nodes of 32 bytes (127 unpadded bytes after Fr32 padding).
    static let minimumPieceSize: UInt64 = 128
    private static let nodeSize: UInt64 = 32
    /// Zero-piece roots for sizes 2^5 ... 2^41, enough for any registered sector size.
    private static let zeroRoots: [[UInt8]] = {
        var roots = [[UInt8](repeating: 0, count: 32)]
        for _ in 6...41 { roots.append(node(roots[roots.count - 1], roots[roots.count - 1])) }
        return roots
    }()

    /// One inner node: SHA-256 of both children with the top two bits cleared so the result is
    /// a BLS12-381 field element ("sha2-256-trunc254-padded").
    static func node(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
        var digest = SHA256.hash(left + right)
        digest[31] &= 0x3F
        return digest
    }

    /// Root of an all-zero piece of `size` bytes (a power of two between 32 and 2^41).
    static func zeroRoot(size: UInt64) -> [UInt8] {
        zeroRoots[size.trailingZeroBitCount - nodeSize.trailingZeroBitCount]
    }

    /// The zero pieces that align `offset` to a multiple of `size`, smallest first.
    static func alignmentPadding(from offset: UInt64, to size: UInt64) -> [UInt64] {
        var toFill = (0 &- offset) % size
        var pads: [UInt64] = []
        while toFill != 0 {
            let bit = UInt64(1) << UInt64(toFill.trailingZeroBitCount)
            pads.append(bit)
            toFill ^= bit
        }
        return pads
    }

    private struct Piece {
        var size: UInt64
        var commitment: [UInt8]
    }

    static func commD(sectorSize: UInt64, pieces: [PieceInfo]) throws(UnsealedSectorCIDError) -> [UInt8] {
        var all: [Piece] = []
        if pieces.isEmpty {
            all.append(Piece(size: sectorSize, commitment: zeroRoot(size: sectorSize)))
        } else {
            var sum: UInt64 = 0
            for piece in pieces {
                let size = piece.paddedSize
                guard size >= minimumPieceSize, size.nonzeroBitCount == 1 else { throw .invalidPieceSize(size) }
                // Failing early on oversized input keeps the sums below overflow; the reference
                // fails later (total above the sector size) with the same outcome.
                guard size <= sectorSize else { throw .piecesExceedSector(total: sum &+ size, sectorSize: sectorSize) }
                let commitment = try commP(of: piece.cid)
                for pad in alignmentPadding(from: sum, to: size) {
                    all.append(Piece(size: pad, commitment: zeroRoot(size: pad)))
                    sum += pad
                }
                all.append(Piece(size: size, commitment: commitment))
                sum += size
                guard sum <= sectorSize else { throw .piecesExceedSector(total: sum, sectorSize: sectorSize) }
            }
            for pad in alignmentPadding(from: sum, to: sectorSize) {
                all.append(Piece(size: pad, commitment: zeroRoot(size: pad)))
                sum += pad
            }
        }

        // rust-fil-proofs bounds the count by unpadded sector bytes / 127.
        let unpaddedSector = sectorSize - sectorSize / 128
        guard UInt64(all.count) <= unpaddedSector / 127 else { throw .tooManyPieces(all.count) }
        let total = all.reduce(UInt64(0)) { $0 + $1.size }
        guard total <= sectorSize else { throw .piecesExceedSector(total: total, sectorSize: sectorSize) }

        var stack: [Piece] = [all[0]]
        func shiftReduce(_ piece: Piece) {
            stack.append(piece)
            while stack.count >= 2, stack[stack.count - 1].size == stack[stack.count - 2].size {
                let right = stack.removeLast()
                let left = stack.removeLast()
                stack.append(Piece(size: left.size + right.size, commitment: node(left.commitment, right.commitment)))
            }
        }
        for piece in all.dropFirst() {
            while stack[stack.count - 1].size < piece.size {
                let top = stack[stack.count - 1].size
                shiftReduce(Piece(size: top, commitment: zeroRoot(size: top)))
            }
            shiftReduce(piece)
        }
        while stack.count > 1 {
            let top = stack[stack.count - 1].size
            shiftReduce(Piece(size: top, commitment: zeroRoot(size: top)))
        }
        return stack[0].commitment
    }

    /// The 32-byte CommP carried by a piece CID.
    static func commP(of cid: CID) throws(UnsealedSectorCIDError) -> [UInt8] {
        guard cid.codec == CID.Codec.filCommitmentUnsealed,
            cid.hash.code == Multihash.Code.sha2_256Trunc254Padded,
            cid.hash.digest.count == 32
        else { throw .invalidPieceCID(cid) }
        return cid.hash.digest
    }
}
