import Foundation
import Hashing

/// The official builtin-actor bundles v9 ... v18, pinned by SHA-256 and mainnet manifest CID: the
/// files Lotus keeps under `build/actors/`. The official vectors were produced with v9 and v10.
public struct OfficialBundle: Sendable, Equatable {
    /// File name, e.g. `v9.tar.zst`.
    public let name: String
    /// The builtin-actors release it holds (9 ... 18).
    public let actorsVersion: Int
    /// Size in bytes.
    public let size: Int
    /// Lower-case hex SHA-256 of the whole file.
    public let sha256: String
    /// Root CID of the bundle's mainnet CAR (`builtin-actors-mainnet.car`): the manifest.
    public let mainnetManifest: String

    public static let v9 = OfficialBundle(
        name: "v9.tar.zst", actorsVersion: 9, size: 2_380_645,
        sha256: "d49cf0de6e37d455fb19afbe06a8bfe9ce42e979df3a88ccdee6c72c755db469",
        mainnetManifest: "bafy2bzaceb6j6666h36xnhksu3ww4kxb6e25niayfgkdnifaqi6m6ooc66i6i")
    public static let v10 = OfficialBundle(
        name: "v10.tar.zst", actorsVersion: 10, size: 1_741_152,
        sha256: "5fa394a86cbd44927352470d1b84cf7bfd590c3efecef6f743f2dcb60c8ee356",
        mainnetManifest: "bafy2bzacecsuyf7mmvrhkx2evng5gnz5canlnz2fdlzu2lvcgptiq2pzuovos")
    public static let v11 = OfficialBundle(
        name: "v11.tar.zst", actorsVersion: 11, size: 1_840_738,
        sha256: "11e69fc0e8b4fefcc1ef866db410488589c8c5d39b4e0e84c694963fd90428b5",
        mainnetManifest: "bafy2bzacecnhaiwcrpyjvzl4uv4q3jzoif26okl3m66q3cijp3dfwlcxwztwo")
    public static let v12 = OfficialBundle(
        name: "v12.tar.zst", actorsVersion: 12, size: 1_913_917,
        sha256: "c77ed4b77ecc74f2be72951621d2ac3892efde16e509e311c9a4dae6524995ad",
        mainnetManifest: "bafy2bzaceapkgfggvxyllnmuogtwasmsv5qi2qzhc2aybockd6kag2g5lzaio")
    public static let v13 = OfficialBundle(
        name: "v13.tar.zst", actorsVersion: 13, size: 1_999_600,
        sha256: "49325b0f5a612872c546ae25f39390e9d784778decda607f6e6b68768123d150",
        mainnetManifest: "bafy2bzacecdhvfmtirtojwhw2tyciu4jkbpsbk5g53oe24br27oy62sn4dc4e")
    public static let v14 = OfficialBundle(
        name: "v14.tar.zst", actorsVersion: 14, size: 1_344_682,
        sha256: "4b5949d5aa391d002939e2a36303b24bf835d690cf991d0870ee6a16b9ee3543",
        mainnetManifest: "bafy2bzacecbueuzsropvqawsri27owo7isa5gp2qtluhrfsto2qg7wpgxnkba")
    public static let v15 = OfficialBundle(
        name: "v15.tar.zst", actorsVersion: 15, size: 1_346_814,
        sha256: "0ae4571770ec8e58e0a292b2258e4f79d31bf4e489ec14310b7a492115082d21",
        mainnetManifest: "bafy2bzaceakwje2hyinucrhgtsfo44p54iw4g6otbv5ghov65vajhxgntr53u")
    public static let v16 = OfficialBundle(
        name: "v16.tar.zst", actorsVersion: 16, size: 2_920_755,
        sha256: "4002316b6bc840d50547f5239114b2bff4f7607390beccaed8395f3e308ffd88",
        mainnetManifest: "bafy2bzacecnepvsh4lw6pwljobvwm6zwu6mbwveatp7llhpuguvjhjiqz7o46")
    public static let v17 = OfficialBundle(
        name: "v17.tar.zst", actorsVersion: 17, size: 1_553_780,
        sha256: "50a716281a8954671e34b86470d7e7834c4d88569ca390d1dc871ca2bc962d6d",
        mainnetManifest: "bafy2bzaceai74ppsvuxs3nvpzzeuptdr3wl7vmdpbphvtz4qt5hfq2qdfvz3e")
    public static let v18 = OfficialBundle(
        name: "v18.tar.zst", actorsVersion: 18, size: 1_613_240,
        sha256: "27a4bac392e9b3f7e0cce13f67c6da576b86d48a9a78fe355bc5e31c42d5d7ee",
        mainnetManifest: "bafy2bzacedxsqapxwj5znwy4leem5gsuenhhfyqcntews3yis5iek67thy6lc")
    /// Every pinned bundle, oldest first.
    public static let all = [v9, v10, v11, v12, v13, v14, v15, v16, v17, v18]

    /// The pinned bundle of that file name, if any.
    public static func named(_ name: String) -> OfficialBundle? { all.first { $0.name == name } }

    /// The pinned bundle of a builtin-actors release, if any.
    public static func forActorsVersion(_ version: Int) -> OfficialBundle? {
        all.first { $0.actorsVersion == version }
    }

    /// How a file compares with the pinned bundle.
    public enum Check: Sendable, Equatable {
        case matches
        case differs(actualSHA256: String)
        case unreadable(String)
    }

    /// Hashes the file at `path` and compares it with the pin.
    public func check(path: String) -> Check {
        guard let data = FileManager.default.contents(atPath: path) else { return .unreadable("cannot read \(path)") }
        let digest = SHA256.hash([UInt8](data)).map { String(format: "%02x", $0) }.joined()
        return digest == sha256 ? .matches : .differs(actualSHA256: digest)
    }
}
