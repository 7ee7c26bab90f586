/// What `record` did with one vector file.
public struct RecordedVector: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        /// Our receipts and post-state root are the vector's: the copy has the same expectations.
        case unchanged
        /// The copy's expectations differ from the vector's, as each line says.
        case changed([String])
        /// No copy was written, for this reason.
        case notRecorded(String)
    }

    /// Display path of the vector file (and of its copy under the output folder).
    public var file: String
    public var id: String
    public var status: Status

    /// One line for the summary.
    public var summary: String {
        switch status {
        case .unchanged: "unchanged  \(id)"
        case .changed(let changes): "CHANGED    \(id): " + changes.joined(separator: "; ")
        case .notRecorded(let reason): "NOT RECORDED \(id): \(reason)"
        }
    }
}
