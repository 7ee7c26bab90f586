/// A CARv1 archive: header roots and blocks, every block checked against its CID.
public struct CARFile: Sendable {
    public let roots: [CID]
    /// Blocks in file order.
    public let blocks: [(cid: CID, data: [UInt8])]

    /// Largest header accepted; real headers hold a version and a few root CIDs.
    public static let maxHeaderBytes = 1 << 16
    /// Largest section (CID plus block) accepted; Filecoin blocks stay far below it.
    public static let maxSectionBytes = 8 << 20

    /// Parses and verifies a CARv1 byte stream.
    public init(bytes: [UInt8]) throws(IPLDError) {
        var offset = 0
        let headerLength = try Varint.decode(bytes, at: &offset)
        guard headerLength > 0, headerLength <= UInt64(bytes.count - offset) else {
            throw .invalidCAR("header length out of range")
        }
        guard headerLength <= UInt64(Self.maxHeaderBytes) else {
            throw .limitExceeded(what: "CAR header", limit: Self.maxHeaderBytes)
        }
        let header: IPLDValue
        do {
            header = try DagCBOR.decode(Array(bytes[offset..<(offset + Int(headerLength))]))
        } catch {
            throw .invalidCAR("header: \(error)")
        }
        offset += Int(headerLength)
        guard header["version"]?.uint64 == 1 else { throw .invalidCAR("version is not 1") }
        guard let rootValues = header["roots"]?.list else { throw .invalidCAR("header has no roots") }
        var roots: [CID] = []
        for r in rootValues {
            guard let c = r.cid else { throw .invalidCAR("root is not a CID") }
            roots.append(c)
        }
        guard !roots.isEmpty else { throw .invalidCAR("empty root list") }
        self.roots = roots
        var blocks: [(CID, [UInt8])] = []
        while offset < bytes.count {
            let sectionLength = try Varint.decode(bytes, at: &offset)
            guard sectionLength <= UInt64(bytes.count - offset) else {
                throw .invalidCAR("section runs past the end of the file")
            }
            guard sectionLength <= UInt64(Self.maxSectionBytes) else {
                throw .limitExceeded(what: "CAR section at byte \(offset)", limit: Self.maxSectionBytes)
            }
            let end = offset + Int(sectionLength)
            let cid: CID
            do {
                cid = try CID.read(from: bytes, at: &offset)
            } catch {
                throw .invalidCAR("section CID: \(error)")
            }
            guard offset <= end else { throw .invalidCAR("section CID runs past the section") }
            let data = Array(bytes[offset..<end])
            guard try cid.verifies(data) else { throw .hashMismatch(cid) }
            blocks.append((cid, data))
            offset = end
        }
        self.blocks = blocks
    }

    /// Puts every block into `store`; returns the roots.
    @discardableResult
    public func load(into store: Blockstore) -> [CID] {
        for b in blocks { store.put(b.cid, b.data) }
        return roots
    }
}
