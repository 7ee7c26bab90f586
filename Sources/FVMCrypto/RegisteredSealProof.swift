/// Seal proof types, numbered as in `fvm_shared` (the i64 the syscalls carry).
public enum RegisteredSealProof: Int64, Sendable, CaseIterable {
    case stackedDRG2KiBV1 = 0
    case stackedDRG8MiBV1 = 1
    case stackedDRG512MiBV1 = 2
    case stackedDRG32GiBV1 = 3
    case stackedDRG64GiBV1 = 4
    case stackedDRG2KiBV1P1 = 5
    case stackedDRG8MiBV1P1 = 6
    case stackedDRG512MiBV1P1 = 7
    case stackedDRG32GiBV1P1 = 8
    case stackedDRG64GiBV1P1 = 9

    /// Sector size in (padded) bytes.
    public var sectorSize: UInt64 {
        switch self {
        case .stackedDRG2KiBV1, .stackedDRG2KiBV1P1: 2 << 10
        case .stackedDRG8MiBV1, .stackedDRG8MiBV1P1: 8 << 20
        case .stackedDRG512MiBV1, .stackedDRG512MiBV1P1: 512 << 20
        case .stackedDRG32GiBV1, .stackedDRG32GiBV1P1: 32 << 30
        case .stackedDRG64GiBV1, .stackedDRG64GiBV1P1: 64 << 30
        }
    }
}
