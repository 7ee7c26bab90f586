#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A module's machine code: read-only and executable once built, shared by every instance and
/// thread like the internal code it was translated from. It starts with the entry trampoline.
final class NativeCode: @unchecked Sendable {
    typealias Trampoline =
        @convention(c) (UnsafeMutableRawPointer, UnsafeMutablePointer<UInt64>, UnsafeRawPointer) -> UInt32

    /// Whether this build can generate and run native code (x86-64 Linux).
    static var isSupported: Bool {
        #if arch(x86_64) && os(Linux)
            return true
        #else
            return false
        #endif
    }

    private let base: UnsafeMutableRawPointer
    private let byteCount: Int
    private let entries: [Int]
    private let trampoline: Trampoline

    /// Copies `bytes` into fresh pages and makes them executable; nil when the system refuses.
    init?(bytes: [UInt8], entries: [Int]) {
        let size = max((bytes.count + 4095) & ~4095, 4096)
        guard let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), p != MAP_FAILED
        else { return nil }
        bytes.withUnsafeBytes { p.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        guard mprotect(p, size, PROT_READ | PROT_EXEC) == 0 else {
            munmap(p, size)
            return nil
        }
        base = p
        byteCount = size
        self.entries = entries
        trampoline = unsafeBitCast(UnsafeRawPointer(p), to: Trampoline.self)
    }

    deinit { munmap(base, byteCount) }

    var size: Int { byteCount }

    /// Entry of the `index`th defined function.
    func entry(ofDefined index: Int) -> UnsafeRawPointer { UnsafeRawPointer(base + entries[index]) }

    /// Runs the function at `entry` with its frame at `fp`; returns a `NativeStatus` code.
    func enter(
        _ context: UnsafeMutablePointer<NativeContext>, _ fp: UnsafeMutablePointer<UInt64>, _ entry: UnsafeRawPointer
    )
        -> UInt32
    {
        trampoline(UnsafeMutableRawPointer(context), fp, entry)
    }
}
