/// A directive worth naming in the report: a failure, an exclusion or a text-parser rejection.
struct SpecFinding: Equatable, Sendable {
    var line: Int
    var kind: SpecDirectiveKind
    var detail: String
}
