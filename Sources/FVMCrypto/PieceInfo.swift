import IPLD

/// A piece of a sector: its padded size and its piece commitment CID (the `[size, cid]` tuple of
/// `fvm_shared::piece::PieceInfo`).
public struct PieceInfo: Hashable, Sendable {
    /// Padded size in bytes: a power of two of at least 128 for a valid piece.
    public var paddedSize: UInt64
    /// CommP as a CID (codec fil-commitment-unsealed, multihash sha2-256-trunc254-padded).
    public var cid: CID

    /// A piece of `paddedSize` bytes committed to by `cid`.
    public init(paddedSize: UInt64, cid: CID) {
        self.paddedSize = paddedSize
        self.cid = cid
    }
}
