import Foundation

/// How many variants ended in each status (plus unexpected passes), the figures every report shows.
public struct StatusCounts: Equatable, Sendable {
    /// Number of variants.
    public var total = 0
    /// Variants with status `pass`.
    public var pass = 0
    /// Variants with status `fail`.
    public var fail = 0
    /// Variants with status `skip`.
    public var skip = 0
    /// Variants with status `error`.
    public var error = 0
    /// Variants with status `xfail`.
    public var expectedFailure = 0
    /// Passes that the known-failure list said would fail (they are also counted in `pass`).
    public var unexpectedPass = 0
    /// Sum of the variants' durations, in seconds.
    public var durationSeconds = 0.0

    /// All zero.
    public init() {}

    /// Counts of the given results.
    public init<S: Sequence>(_ results: S) where S.Element == VectorResult {
        for result in results { add(result) }
    }

    /// Adds one result to the counts.
    public mutating func add(_ result: VectorResult) {
        total += 1
        switch result.status {
        case .pass: pass += 1
        case .fail: fail += 1
        case .skip: skip += 1
        case .error: error += 1
        case .expectedFailure: expectedFailure += 1
        }
        if result.isUnexpectedPass { unexpectedPass += 1 }
        durationSeconds += ReportFormat.seconds(result.durationMs)
    }

    /// Passes over all variants, as a percentage with one decimal ("—" when there are none):
    /// skips count against it so that a run that executes nothing never looks good.
    public var passRate: String {
        guard total > 0 else { return "—" }
        return String(format: "%.1f%%", Double(pass) * 100 / Double(total))
    }
}

extension VectorResult {
    /// A pass that the known-failure list expected to fail: the list must be fixed.
    public var isUnexpectedPass: Bool { status == .pass && knownFailure != nil }

    /// The method's name for this actor type and network version (`PreCommitSector`), else its
    /// number, `unknown` when the method is not known at all.
    public var methodLabel: String { MethodNames.label(actor: actor, method: method, nv: nv) }

    /// Name of the group this variant is reported in: `nv17`, `nv18`, ... or `unknown`.
    public var networkVersionLabel: String { ReportFormat.networkVersionLabel(nv) }
}

/// Formatting and ordering rules shared by every report, so all of them agree.
enum ReportFormat {
    static let unknown = "unknown"

    static func networkVersionLabel(_ nv: Int?) -> String {
        nv.map { "nv\($0)" } ?? unknown
    }

    /// Durations are reported in whole microseconds; NaN or negative input (a clock glitch) counts as zero.
    static func milliseconds(_ value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 0 }
        return (value * 1000).rounded() / 1000
    }

    static func seconds(_ milliseconds: Double) -> Double {
        Self.milliseconds(milliseconds) / 1000
    }

    /// Fixed-point text so that no locale or float printing differences reach a report.
    static func fixed(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value.isFinite ? value : 0)
    }

    /// Network versions in ascending order, the unknown group last.
    static func networkVersionOrder(_ lhs: Int?, _ rhs: Int?) -> Bool {
        switch (lhs, rhs) {
        case (let l?, let r?): l < r
        case (_?, nil): true
        default: false
        }
    }

    /// A total order over results: `RunReport` sorts by (file, id, variant) only, which leaves
    /// duplicates in input order; every field breaks ties here so shuffled input gives identical bytes.
    static func canonical(_ results: [VectorResult]) -> [VectorResult] {
        results.sorted { a, b in
            if a.sortKey != b.sortKey { return a.sortKey < b.sortKey }
            if a.nv != b.nv { return networkVersionOrder(a.nv, b.nv) }
            if a.source != b.source { return a.source < b.source }
            if a.status != b.status { return a.status.rawValue < b.status.rawValue }
            if a.reason != b.reason { return (a.reason ?? "") < (b.reason ?? "") }
            if a.detail != b.detail { return (a.detail ?? "") < (b.detail ?? "") }
            if a.actor != b.actor { return (a.actor ?? "") < (b.actor ?? "") }
            if a.method != b.method { return (a.method ?? 0) < (b.method ?? 0) }
            if a.knownFailure != b.knownFailure { return (a.knownFailure ?? "") < (b.knownFailure ?? "") }
            return milliseconds(a.durationMs) < milliseconds(b.durationMs)
        }
    }

    /// Results grouped by network version, groups in `networkVersionOrder`.
    static func byNetworkVersion(_ results: [VectorResult]) -> [(nv: Int?, results: [VectorResult])] {
        let groups = Dictionary(grouping: canonical(results), by: \.nv)
        return groups.keys.sorted(by: networkVersionOrder).map { ($0, groups[$0] ?? []) }
    }

    /// Results grouped by source (official first), each group in canonical order.
    static func bySource(_ results: [VectorResult]) -> [(source: VectorSource, results: [VectorResult])] {
        let groups = Dictionary(grouping: canonical(results), by: \.source)
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    /// Test names carry the variant only when the vector has several, as the variant is noise otherwise.
    static func displayNames(_ results: [VectorResult]) -> (VectorResult) -> String {
        var variants: [String: Set<String>] = [:]
        for result in results {
            variants[result.file + "\u{0}" + result.id, default: []].insert(result.variant ?? "")
        }
        return { result in
            let several = (variants[result.file + "\u{0}" + result.id]?.count ?? 0) > 1
            return several ? "\(result.id)/\(result.variant ?? "")" : result.id
        }
    }
}
