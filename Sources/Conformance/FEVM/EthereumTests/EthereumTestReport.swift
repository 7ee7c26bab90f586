/// The Markdown report and the summary line of an Ethereum-test run on the FEVM.
public struct EthereumTestReport {
    public let results: [EthereumTestResult]
    /// The nv18 vector the base state came from.
    public let baseVector: String

    public init(results: [EthereumTestResult], baseVector: String) {
        self.results = results
        self.baseVector = baseVector
    }

    public func count(_ s: EthereumTestResult.Status) -> Int { results.filter { $0.status == s }.count }

    /// The last line of a run: `N passed, M failed, K skipped`.
    public var summaryLine: String {
        "\(count(.pass)) passed, \(count(.fail)) failed, \(count(.skip)) skipped"
    }

    public var markdown: String {
        var out = ["# Ethereum VM tests on the FEVM (actors v10, nv18)", ""]
        out.append(
            "Each case's `pre` accounts are placed in an nv18 state (base: `\(baseVector)`), its transaction is "
                + "applied by the executor, and every contract's storage is compared with `postState` (or, where "
                + "only `postStateHash` is given, the rebuilt post-state root). Skips follow the deviation rules "
                + "in `EthereumTestDeviation`, decided from the code the transaction can reach.")
        out += ["", "| status | cases |", "| --- | ---: |"]
        for s in [EthereumTestResult.Status.pass, .fail, .skip, .error] {
            out.append("| \(s.rawValue) | \(count(s)) |")
        }
        out += ["| total | \(results.count) |", "", "**\(summaryLine)**, \(count(.error)) errors", ""]
        out += skipSection() + listSection("Failures", .fail) + listSection("Errors", .error) + fileSection()
        return out.joined(separator: "\n") + "\n"
    }

    private func skipSection() -> [String] {
        var out = ["## Skips by deviation", "", "| deviation | cases | reason |", "| --- | ---: | --- |"]
        let skipped = results.filter { $0.status == .skip }
        for d in EthereumTestDeviation.allCases {
            let n = skipped.filter { $0.deviations.first == d }.count
            if n > 0 { out.append("| \(d.rawValue) | \(n) | \(d.reason) |") }
        }
        out += ["", "A case depending on several deviations is counted under the first; all are named below.", ""]
        for r in skipped {
            out.append("- `\(r.file)` `\(r.name)`: \(r.deviations.map(\.rawValue).joined(separator: ", "))")
        }
        return out + [""]
    }

    private func listSection(_ title: String, _ status: EthereumTestResult.Status) -> [String] {
        let chosen = results.filter { $0.status == status }
        var out = ["## \(title) (\(chosen.count))", ""]
        if chosen.isEmpty { out.append("None.") }
        for r in chosen { out.append("- `\(r.file)` `\(r.name)`: \(r.reason)") }
        return out + [""]
    }

    private func fileSection() -> [String] {
        var out = ["## By file", "", "| file | pass | fail | skip | error |", "| --- | ---: | ---: | ---: | ---: |"]
        var order: [String] = []
        var byFile: [String: [EthereumTestResult]] = [:]
        for r in results {
            if byFile[r.file] == nil { order.append(r.file) }
            byFile[r.file, default: []].append(r)
        }
        for f in order {
            let rs = byFile[f] ?? []
            let c = { (s: EthereumTestResult.Status) in rs.filter { $0.status == s }.count }
            out.append("| `\(f)` | \(c(.pass)) | \(c(.fail)) | \(c(.skip)) | \(c(.error)) |")
        }
        return out
    }
}
