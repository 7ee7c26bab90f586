#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A linear memory. Address space for the largest size it may reach is reserved up front and
/// committed as it grows, so its base address never changes and growing never copies.
public final class Memory {
    public static let pageSize = 65536

    struct State {
        var base: UnsafeMutableRawPointer
        var byteCount: Int
    }

    let state: UnsafeMutablePointer<State>
    let reservedBytes: Int
    /// The effective maximum in pages: the declared one, capped by the configured one.
    public let maximumPages: Int
    public let declaredMaximum: Int?
    /// Called before growing with the current and the requested page counts; false refuses.
    public var growthLimiter: ((_ currentPages: Int, _ newPages: Int) -> Bool)?

    public convenience init(minPages: Int, maxPages: Int?) {
        self.init(minPages: minPages, maxPages: maxPages, limit: 65536)
    }

    init(minPages: Int, maxPages: Int?, limit: Int) {
        maximumPages = Swift.max(minPages, Swift.min(maxPages ?? limit, limit))
        declaredMaximum = maxPages
        reservedBytes = Swift.max(maximumPages * Memory.pageSize, 4096)
        guard
            let p = mmap(
                nil, reservedBytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0),
            p != MAP_FAILED
        else { fatalError("cannot reserve \(reservedBytes) bytes of address space for a memory") }
        state = .allocate(capacity: 1)
        state.initialize(to: State(base: p, byteCount: 0))
        // Not inside a precondition: -Ounchecked drops those, side effects included.
        guard commit(from: 0, to: minPages * Memory.pageSize) else {
            fatalError("cannot commit memory")
        }
        state.pointee.byteCount = minPages * Memory.pageSize
    }

    deinit {
        munmap(state.pointee.base, reservedBytes)
        state.deallocate()
    }

    private func commit(from: Int, to: Int) -> Bool {
        to == from || mprotect(state.pointee.base + from, to - from, PROT_READ | PROT_WRITE) == 0
    }

    public var byteCount: Int { state.pointee.byteCount }
    public var pageCount: Int { state.pointee.byteCount / Memory.pageSize }

    /// Grows by `delta` pages; returns the previous page count, or nil when refused.
    public func grow(by delta: Int) -> Int? {
        let old = pageCount
        guard delta >= 0 else { return nil }
        if delta == 0 { return old }
        let new = old + delta
        guard new <= maximumPages else { return nil }
        if let limiter = growthLimiter, !limiter(old, new) { return nil }
        guard commit(from: old * Memory.pageSize, to: new * Memory.pageSize) else { return nil }
        state.pointee.byteCount = new * Memory.pageSize
        return old
    }

    /// Shrinks to `pages`, returning the released pages to the system (they read as zero if regrown).
    func shrink(to pages: Int) {
        let newBytes = pages * Memory.pageSize
        let oldBytes = byteCount
        guard newBytes < oldBytes else { return }
        let tail = state.pointee.base + newBytes
        madvise(tail, oldBytes - newBytes, MADV_DONTNEED)
        mprotect(tail, oldBytes - newBytes, PROT_NONE)
        state.pointee.byteCount = newBytes
    }

    public func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R)
        rethrows -> R
    {
        try body(UnsafeMutableRawBufferPointer(start: state.pointee.base, count: byteCount))
    }
}
