/// `debug`: logs and artifacts.
enum DebugSyscalls {
    static func bind<K: DebugOps>(_ b: inout SyscallBinder<K>) {
        b.bind("debug", "log", [.i32, .i32]) { c in
            let message = c.buffer()
            if c.kernel.debugEnabled { c.kernel.log(try c.read(message)) }
        }
        b.bind("debug", "enabled", [.i32], returning: Int32.self) { c in c.kernel.debugEnabled ? 0 : -1 }
        b.bind("debug", "store_artifact", [.i32, .i32, .i32, .i32]) { c in
            let name = c.buffer()
            let data = c.buffer()
            if c.kernel.debugEnabled { c.kernel.storeArtifact(name: try c.read(name), data: try c.read(data)) }
        }
    }
}
