import Foundation

/// Runs every case of every Ethereum test file under the given paths, one file per job.
public enum EthereumTestSuite {
    /// Files larger than this are an error, not a read (the corpus' largest is under 2 MiB).
    static let maxFileBytes = 64 << 20

    /// Results of every case, in file then case order.
    public static func run(
        paths: [String], oracle: EthereumTestOracle, jobs: Int, filter: NSRegularExpression? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(RunnerError) -> [EthereumTestResult] {
        var files = try VectorFiles.discover(paths)
        if let filter {
            files = files.filter {
                filter.firstMatch(in: $0.displayPath, range: NSRange($0.displayPath.startIndex..., in: $0.displayPath))
                    != nil
            }
        }
        let chosen = files
        let perFile = WorkerPool(jobs: max(1, jobs)).map(count: chosen.count) { i in
            run(file: chosen[i], oracle: oracle)
        } finished: { done, _ in
            progress?(done, chosen.count)
        }
        return perFile.flatMap { $0 }
    }

    /// Every case of one file; a file that cannot be read or parsed is one error result.
    static func run(file: VectorFile, oracle: EthereumTestOracle) -> [EthereumTestResult] {
        func fileError(_ why: String) -> [EthereumTestResult] {
            [EthereumTestResult(file: file.displayPath, name: "(file)", status: .error, reason: why)]
        }
        let data: [UInt8]
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= maxFileBytes else { return fileError("file of \(size) bytes exceeds \(maxFileBytes)") }
            data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            return fileError("cannot read: \(error.localizedDescription)")
        }
        let cases: [(name: String, parsed: Result<EthereumTestCase, EthereumTestError>)]
        do {
            cases = try EthereumTestParser.cases(try JSONValue.parse(data))
        } catch {
            return fileError("not an Ethereum test file: \(error)")
        }
        return cases.map { name, parsed in
            switch parsed {
            case .success(let c): oracle.run(c, file: file.displayPath)
            case .failure(let e):
                EthereumTestResult(file: file.displayPath, name: name, status: .error, reason: "malformed case: \(e)")
            }
        }
    }
}
