import Foundation
import Hashing

/// The builtin-actor bundles the official vectors were produced with, pinned by SHA-256: the
/// files Lotus keeps under `build/actors/` (and ref-fvm's conformance runner used).
public struct OfficialBundle: Sendable, Equatable {
    /// File name, e.g. `v9.tar.zst`.
    public let name: String
    /// Lower-case hex SHA-256 of the whole file.
    public let sha256: String
    /// Size in bytes.
    public let size: Int

    public static let v9 = OfficialBundle(
        name: "v9.tar.zst", sha256: "d49cf0de6e37d455fb19afbe06a8bfe9ce42e979df3a88ccdee6c72c755db469", size: 2_380_645)
    public static let v10 = OfficialBundle(
        name: "v10.tar.zst", sha256: "5fa394a86cbd44927352470d1b84cf7bfd590c3efecef6f743f2dcb60c8ee356", size: 1_741_152
    )
    public static let all = [v9, v10]

    /// The pinned bundle of that file name, if any.
    public static func named(_ name: String) -> OfficialBundle? { all.first { $0.name == name } }

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
