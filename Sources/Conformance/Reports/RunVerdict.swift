/// Whether a run succeeded, and so the CLI's exit code.
///
/// Policy: exit 1 when any variant failed or errored, when any pass is an unexpected pass (the
/// known-failure list is stale: strict, as pytest's `xfail(strict=True)`), or when the run regressed
/// against the baseline (a variant that passed there does not pass now, missing included).
/// Skips and expected failures never fail a run. Exit 2 (usage or configuration) is the CLI's.
public struct RunVerdict: Sendable, Equatable {
    /// Variants with status `fail`.
    public var failed: Int
    /// Variants with status `error`.
    public var errored: Int
    /// Passes the known-failure list expected to fail.
    public var unexpectedPasses: Int
    /// Variants that passed in the baseline and do not pass now.
    public var regressions: Int

    /// The verdict of a run, with its baseline comparison when one was given.
    public init(report: RunReport, baseline: BaselineComparison?) {
        let counts = StatusCounts(report.results)
        failed = counts.fail
        errored = counts.error
        unexpectedPasses = counts.unexpectedPass
        regressions = baseline?.regressions.count ?? 0
    }

    /// True when nothing in the run calls for attention.
    public var succeeded: Bool { problems.isEmpty }

    /// 0 on success, 1 otherwise.
    public var exitCode: Int32 { succeeded ? 0 : 1 }

    /// What made the run fail, e.g. `["2 failed", "1 regression against the baseline"]`.
    public var problems: [String] {
        var out: [String] = []
        if failed > 0 { out.append("\(failed) failed") }
        if errored > 0 { out.append("\(errored) error\(errored == 1 ? "" : "s")") }
        if unexpectedPasses > 0 {
            out.append(
                "\(unexpectedPasses) unexpected pass\(unexpectedPasses == 1 ? "" : "es") (fix the known-failure list)")
        }
        if regressions > 0 {
            out.append("\(regressions) regression\(regressions == 1 ? "" : "s") against the baseline")
        }
        return out
    }

    /// `OK` or `FAILED: ...`, one line.
    public var summary: String {
        succeeded ? "OK" : "FAILED: " + problems.joined(separator: ", ")
    }
}
