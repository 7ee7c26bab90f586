import FVMShared
import IPLD

/// State values and keys as a diff shows them: amounts in FIL, addresses as `f0…`, CIDs shortened,
/// anything else in CBOR diagnostic notation, each cut to a readable length.
enum StateValueText {
    static let maximumLength = 160
    /// Byte strings in state (peer IDs, proofs, bitfields) are shown in full up to this length, so
    /// that two values differing in a late byte do not print the same.
    static let byteLimit = 64

    static func value(_ v: IPLDValue?, _ kind: StateFieldKind) -> String {
        guard let v else { return "(absent)" }
        let text: String
        switch (kind, v) {
        case (.amount, .bytes(let b)):
            text =
                (try? FilecoinBigInt.value(b)).map(FILAmount.format) ?? CBORDiagnostic.render(v, byteLimit: byteLimit)
        case (.bytesSize, .bytes(let b)):
            text =
                (try? FilecoinBigInt.value(b)).map { "\($0) bytes" } ?? CBORDiagnostic.render(v, byteLimit: byteLimit)
        case (.address, .bytes(let b)):
            text = (try? Address(bytes: b)).map { "\($0)" } ?? CBORDiagnostic.render(v, byteLimit: byteLimit)
        case (_, .link(let cid)): text = short(cid)
        default: text = CBORDiagnostic.render(v, byteLimit: byteLimit)
        }
        return text.count > maximumLength ? String(text.prefix(maximumLength)) + "…" : text
    }

    static func key(_ key: CollectionKey, _ kind: StateKeyKind) -> String {
        switch (key, kind) {
        case (.index(let i), _): return "\(i)"
        case (.bytes(let b), .address): return (try? Address(bytes: b)).map { "\($0)" } ?? hex(b)
        case (.bytes(let b), .number): return uvarint(b).map { "\($0)" } ?? hex(b)
        case (.bytes(let b), .raw): return hex(b)
        }
    }

    /// `bafy2bzace…abcdefgh`: enough to tell CIDs apart in one diff.
    static func short(_ cid: CID) -> String {
        let s = cid.description
        return s.count > 24 ? "\(s.prefix(12))…\(s.suffix(8))" : s
    }

    static func hex(_ b: [UInt8]) -> String {
        let shown = b.prefix(24).map { CBORDiagnostic.hexDigits($0) }.joined()
        return "0x" + shown + (b.count > 24 ? "…" : "")
    }

    static func uvarint(_ b: [UInt8]) -> UInt64? {
        var value: UInt64 = 0
        for (i, byte) in b.enumerated() where i < 10 {
            value |= UInt64(byte & 0x7F) << UInt64(7 * i)
            if byte & 0x80 == 0 { return i == b.count - 1 ? value : nil }
        }
        return nil
    }
}
