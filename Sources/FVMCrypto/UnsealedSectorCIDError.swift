import IPLD

/// Why an unsealed sector CID cannot be computed; the kernel reports all of them as
/// IllegalArgument.
public enum UnsealedSectorCIDError: Error, Equatable, Sendable {
    /// The proof type is not one of the ten seal proofs.
    case unknownProofType(Int64)
    /// A piece CID is not a 32-byte fil-commitment-unsealed / sha2-256-trunc254-padded CID.
    case invalidPieceCID(CID)
    /// A piece size is below 128 bytes or not a power of two.
    case invalidPieceSize(UInt64)
    /// The pieces (with alignment padding) do not fit in the sector.
    case piecesExceedSector(total: UInt64, sectorSize: UInt64)
    /// More pieces than the proofs library accepts for this sector size.
    case tooManyPieces(Int)
}
