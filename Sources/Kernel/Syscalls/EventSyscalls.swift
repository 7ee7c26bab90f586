/// `event` (v3): actor events.
enum EventSyscalls {
    static func bind<K: EventOps>(_ b: inout SyscallBinder<K>) {
        guard b.generation == .v3 else { return }
        b.bind("event", "emit_event", [.i32, .i32]) { c in
            try c.kernel.emitEvent(try c.read(c.buffer()))
        }
    }
}
