import Foundation

/// Why `record` could not write its copies.
public enum RecordError: Error, Equatable, Sendable, CustomStringConvertible {
    case runner(RunnerError)
    case unwritable(path: String, cause: String)

    public var description: String {
        switch self {
        case .runner(let error): error.description
        case .unwritable(let path, let cause): "cannot write \(path): \(cause)"
        }
    }
}

extension ConformanceRunner {
    /// Re-executes every selected vector file and writes, under `output` at its display path, a copy
    /// whose expectations are ours; returns what happened to each file, in file order.
    public func record(into output: URL, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(RecordError)
        -> [RecordedVector]
    {
        let files: [VectorFile]
        do {
            files = try selection().files
        } catch {
            throw .runner(error)
        }
        let runner = makeVectorRunner()
        let recorder = VectorRecorder()
        let outcomes = WorkerPool(jobs: options.jobs).map(count: files.count) { index in
            let file = files[index]
            let (entry, text) = recorder.record(runner.execute(file), file: file)
            return (entry, text.map { Self.write($0, to: output.appendingPathComponent(file.displayPath)) } ?? nil)
        } finished: { done, _ in
            progress?(done, files.count)
        }
        if let failure = outcomes.compactMap(\.1).first { throw failure }
        return outcomes.map(\.0)
    }

    private static func write(_ text: String, to url: URL) -> RecordError? {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            return nil
        } catch {
            return .unwritable(path: url.path, cause: (error as NSError).localizedDescription)
        }
    }
}
