/// Why an engine refused a module's bytes.
struct SpecModuleRejection: Error, Equatable, Sendable {
    /// Which check refused the module, when the engine tells the two apart; scripts expect
    /// decoding errors from `assert_malformed` and validation errors from `assert_invalid`.
    enum Kind: Equatable, Sendable {
        case malformed
        case invalid
        case unclassified
    }

    var kind: Kind
    var detail: String
}

extension SpecModuleRejection: CustomStringConvertible {
    var description: String { "rejected (\(kind)): \(detail)" }
}
