import Foundation
import Testing

@testable import Conformance

@Suite struct WorkerPoolTests {
    /// Indices in the order the jobs started.
    final class StartLog: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var started: [Int] = []
        func note(_ i: Int) {
            lock.lock()
            started.append(i)
            lock.unlock()
        }
    }

    @Test func startsInTheGivenOrderAndCollectsInIndexOrder() {
        let log = StartLog()
        let order = [3, 0, 4, 1, 2]
        let items: [Int] = WorkerPool(jobs: 1).map(count: 5, order: order) { i in
            log.note(i)
            return i * 10
        }
        #expect(log.started == order)
        #expect(items == [0, 10, 20, 30, 40])
    }

    @Test func parallelRunsCollectTheSameItems() {
        let order = Array((0..<40).reversed())
        let serial = WorkerPool(jobs: 1).map(count: 40) { $0 &* 7 }
        let parallel = WorkerPool(jobs: 4).map(count: 40, order: order) { $0 &* 7 }
        #expect(serial == (0..<40).map { $0 &* 7 })
        #expect(parallel == serial)
    }

    @Test func longestRecordedFilesStartFirst() {
        let files = ["a.json", "b.json", "c.json", "d.json"].map { VectorFile(path: $0, displayPath: $0) }
        let runner = ConformanceRunner(
            options: RunOptions(paths: [], expectedDurations: ["b.json": 5, "c.json": 900, "a.json": 5]))
        // d has no record: it keeps its place after every recorded file; a and b tie and keep order.
        #expect(runner.longestFirst(files) == [2, 0, 1, 3])
    }
}
