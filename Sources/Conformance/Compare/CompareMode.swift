import Foundation

/// Which expectations a run checks (`--compare`): all four by default, so that a pass means
/// bit-identical receipts and state; fewer while actors or gas rules are in flux.
public struct CompareMode: Sendable, Hashable, CustomStringConvertible {
    /// The fields compared, never empty.
    public let fields: Set<ComparedField>

    /// Exit code, return data, gas used and post-state root.
    public static let all = CompareMode(checked: Set(ComparedField.allCases))

    private init(checked fields: Set<ComparedField>) { self.fields = fields }

    /// The mode comparing exactly `fields`.
    public init(_ fields: Set<ComparedField>) throws(CompareModeError) {
        guard !fields.isEmpty else { throw .empty }
        self.fields = fields
    }

    /// Parses `exit,return,gas,state` (any order and subset; `root` means `state`).
    public init(parsing text: String) throws(CompareModeError) {
        var fields: Set<ComparedField> = []
        for word in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = word.trimmingCharacters(in: .whitespaces)
            guard let field = ComparedField(word: trimmed) else { throw .unknownField(trimmed) }
            fields.insert(field)
        }
        try self.init(fields)
    }

    /// Whether `field` is compared.
    public func compares(_ field: ComparedField) -> Bool { fields.contains(field) }

    /// True when nothing is ignored.
    public var isComplete: Bool { fields.count == ComparedField.allCases.count }

    /// The fields in canonical order, as written on the command line and in reports.
    public var orderedFields: [ComparedField] { fields.sorted() }

    /// The fields ignored, in canonical order.
    public var ignoredFields: [ComparedField] { ComparedField.allCases.filter { !fields.contains($0) } }

    /// `exit,return,gas,state`.
    public var description: String { orderedFields.map(\.rawValue).joined(separator: ",") }

    /// One sentence for reports, loud when something is ignored.
    public var statement: String {
        let compared = orderedFields.map(\.title).joined(separator: ", ")
        guard !isComplete else { return "Compared: \(compared) (everything)." }
        let ignored = ignoredFields.map(\.title).joined(separator: ", ")
        return "Compared: \(compared) only; NOT compared: \(ignored) (--compare \(description))."
    }
}
