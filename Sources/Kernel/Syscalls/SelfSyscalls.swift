/// `self`: the invoked actor's state root and balance, and deleting it.
enum SelfSyscalls {
    static func bind<K: SelfOps>(_ b: inout SyscallBinder<K>) {
        b.bind("self", "root", [.i32, .i32, .i32], returning: UInt32.self) { c in
            let cidBuffer = c.buffer()
            try c.check(cidBuffer)
            return try c.writeCID(try c.kernel.root(), into: cidBuffer)
        }
        b.bind("self", "set_root", [.i32]) { c in
            try c.kernel.setRoot(try c.readCID(at: c.u32()))
        }
        b.bind("self", "current_balance", [.i32], returning: TokenAmountReturn.self) { c in
            try TokenAmountReturn(try c.kernel.currentBalance())
        }
        b.bind("self", "self_destruct", [.i32, .i32]) { c in
            try c.kernel.selfDestruct(beneficiary: try c.readAddress(c.buffer()))
        }
    }
}
