import Foundation

/// Threads whose native stack holds the deepest allowed actor call chain.
///
/// Every nested actor call recurses through the interpreter and the kernel on the native stack;
/// 1025 levels (v2) need far more than the default 8 MiB. Anything that runs actor code (the
/// runner's workers, tests, tools) starts its threads here.
public enum ActorThread {
    /// Default native stack: 1 GiB of address space, committed only as it is touched.
    public static let defaultStackSize = 1 << 30

    /// Starts `body` on a fresh thread with `stackSize` bytes of stack, without waiting for it.
    public static func start(stackSize: Int = defaultStackSize, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = stackSize
        thread.start()
    }

    /// Runs `body` on a fresh thread with `stackSize` bytes of stack and waits for it.
    public static func run<T>(stackSize: Int = defaultStackSize, _ body: @escaping () -> T) -> T {
        let box = ResultBox<T>(body)
        let done = DispatchSemaphore(value: 0)
        start(stackSize: stackSize) {
            box.value = box.body()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    /// Hands the body and its result across threads; the semaphore orders the accesses.
    private final class ResultBox<T>: @unchecked Sendable {
        let body: () -> T
        var value: T?
        init(_ body: @escaping () -> T) { self.body = body }
    }
}
