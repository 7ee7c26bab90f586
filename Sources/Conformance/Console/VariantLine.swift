/// One line naming a variant and how it ended, as the console prints it.
///
/// `FAIL  nv18 ext-0002-...-Ok-1 [ohsnap] (1520.3 ms): wrong post root cid; ...`: a fixed-width tag
/// first so that the lines of a run align and can be grepped by status.
public enum VariantLine {
    /// The tag of a status: `OK`, `FAIL`, `SKIP`, `XFAIL`, `ERROR`.
    public static func tag(_ status: VectorStatus) -> String {
        switch status {
        case .pass: "OK"
        case .fail: "FAIL"
        case .skip: "SKIP"
        case .error: "ERROR"
        case .expectedFailure: "XFAIL"
        }
    }

    /// The line for `result`, with its duration when `timed`, and its reason when it has one.
    public static func render(_ result: VectorResult, timed: Bool) -> String {
        let tag = tag(result.status).padding(toLength: 5, withPad: " ", startingAt: 0)
        var text = "\(tag) \(result.networkVersionLabel) \(result.id)"
        if let variant = result.variant { text += " [\(variant)]" }
        if timed { text += " (\(ReportFormat.fixed(ReportFormat.milliseconds(result.durationMs), digits: 1)) ms)" }
        if let reason = result.reason, !reason.isEmpty { text += ": " + oneLine(reason) }
        return text
    }

    /// Reasons come from vectors as well as from us: keep each on one line.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
