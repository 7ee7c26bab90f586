/// What became of one directive.
enum SpecOutcome: Equatable, Sendable {
    case passed
    /// An `assert_malformed` whose quoted text the WAT library already refused, so that the
    /// engine never saw it; the text is malformed, which is what the script asserts.
    case rejectedByTextParser(String)
    case failed(String)
    case excluded(String)
}
