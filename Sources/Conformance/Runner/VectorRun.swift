/// Everything running one vector file produced: the parsed vector (when it parsed), and per variant
/// its result and, when it executed, the outcome (which `record` turns into new expectations).
struct VectorRun {
    /// One variant's result and execution outcome.
    struct Variant {
        var result: VectorResult
        var outcome: ExecutionOutcome?
    }

    /// The file's JSON, nil when it could not be read or parsed.
    var json: JSONValue?
    /// The vector, nil when the file is not a runnable vector.
    var vector: TestVector?
    var variants: [Variant]

    /// A file that ended before any variant ran, with its one result.
    static func ended(_ result: VectorResult, json: JSONValue? = nil) -> VectorRun {
        VectorRun(json: json, vector: nil, variants: [Variant(result: result, outcome: nil)])
    }

    var results: [VectorResult] { variants.map(\.result) }
}
