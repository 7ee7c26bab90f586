import FVMWasm
import Foundation

/// Runs one job per vector file on worker threads and returns what each produced, in file order
/// whatever order they ran in.
struct WorkerPool {
    let jobs: Int

    /// `body(index)` for every index in `0..<count`, started in `order` (a permutation of the indices,
    /// nil for ascending); `finished(done, item)` after each (any thread).
    func map<Item: Sendable>(
        count: Int, order: [Int]? = nil, _ body: @escaping @Sendable (Int) -> Item,
        finished: (@Sendable (Int, Item) -> Void)? = nil
    ) -> [Item] {
        let work = WorkState<Item>(order: order ?? Array(0..<count))
        let group = DispatchGroup()
        for _ in 0..<min(jobs, max(1, count)) {
            group.enter()
            ActorThread.start {
                while let index = work.claim() {
                    let item = body(index)
                    // Stored before the optional call: `finished?(…)` would skip evaluating its arguments.
                    let done = work.store(item, at: index)
                    finished?(done, item)
                }
                group.leave()
            }
        }
        group.wait()
        return work.collected()
    }
}

/// Shared progress of a pool: which index is next and what each finished one produced.
private final class WorkState<Item>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var slots: [Item?]
    private let order: [Int]

    init(order: [Int]) {
        self.order = order
        slots = Array(repeating: nil, count: order.count)
    }

    /// The next index to run, nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < order.count else { return nil }
        next += 1
        return order[next - 1]
    }

    /// Records an index's item; returns how many are done.
    func store(_ item: Item, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = item
        done += 1
        return done
    }

    /// Items in index order.
    func collected() -> [Item] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
