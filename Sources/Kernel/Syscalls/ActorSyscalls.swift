/// `actor`: resolution, code CIDs and builtin types, robust addresses, creation, delegated
/// addresses and balances of other actors.
enum ActorSyscalls {
    /// A robust (f2) address: a protocol byte and a 20-byte hash.
    static let actorAddressLength: UInt32 = 1 + 20

    static func bind<K: ActorOps>(_ b: inout SyscallBinder<K>) {
        b.bind("actor", "resolve_address", [.i32, .i32, .i32], returning: UInt64.self) { c in
            try c.kernel.resolveAddress(try c.readAddress(c.buffer()))
        }
        b.bind("actor", "get_actor_code_cid", [.i32, .i64, .i32, .i32], returning: UInt32.self) { c in
            let actor = c.u64()
            let cidBuffer = c.buffer()
            try c.check(cidBuffer)
            return try c.writeCID(try c.kernel.actorCodeCID(actor), into: cidBuffer)
        }
        b.bind("actor", "get_builtin_actor_type", [.i32, .i32], returning: Int32.self) { c in
            try c.kernel.builtinActorType(try c.readCID(at: c.u32()))
        }
        b.bind("actor", "get_code_cid_for_type", [.i32, .i32, .i32, .i32], returning: UInt32.self) { c in
            let type = c.i32()
            let cidBuffer = c.buffer()
            try c.check(cidBuffer)
            return try c.writeCID(try c.kernel.codeCIDForType(type), into: cidBuffer)
        }
        let nextAddress = b.generation == .v2 ? "new_actor_address" : "next_actor_address"
        b.bind("actor", nextAddress, [.i32, .i32, .i32], returning: UInt32.self) { c in
            let addressBuffer = c.buffer()
            try c.check(addressBuffer)
            // Checked before asking, because asking advances the message's address counter.
            guard addressBuffer.length >= actorAddressLength else {
                throw ExecutionError.syscall(.bufferTooSmall, "an actor address needs \(actorAddressLength) bytes")
            }
            let address = try c.kernel.nextActorAddress()
            return try c.write(address.bytes, into: addressBuffer, what: "actor address")
        }
        bindCreateActor(&b)
        if b.generation == .v3 { bindDelegatedAddressAndBalance(&b) }
    }

    private static func bindCreateActor<K: ActorOps>(_ b: inout SyscallBinder<K>) {
        switch b.generation {
        case .v2:
            b.bind("actor", "create_actor", [.i64, .i32]) { c in
                let id = c.u64()
                let code = try c.readCID(at: c.u32())
                try c.kernel.createActor(code: code, id: id, delegatedAddress: nil)
            }
        case .v3:
            b.bind("actor", "create_actor", [.i64, .i32, .i32, .i32]) { c in
                let id = c.u64()
                let code = try c.readCID(at: c.u32())
                let delegatedBuffer = c.buffer()
                let delegated = delegatedBuffer.length > 0 ? try c.readAddress(delegatedBuffer) : nil
                try c.kernel.createActor(code: code, id: id, delegatedAddress: delegated)
            }
        }
    }

    private static func bindDelegatedAddressAndBalance<K: ActorOps>(_ b: inout SyscallBinder<K>) {
        b.bind("actor", "lookup_delegated_address", [.i32, .i64, .i32, .i32], returning: UInt32.self) { c in
            let actor = c.u64()
            let addressBuffer = c.buffer()
            try c.check(addressBuffer)
            guard let address = try c.kernel.lookupDelegatedAddress(actor) else { return 0 }
            return try c.write(address.bytes, into: addressBuffer, what: "address")
        }
        b.bind("actor", "balance_of", [.i32, .i64], returning: TokenAmountReturn.self) { c in
            try TokenAmountReturn(try c.kernel.balanceOf(c.u64()))
        }
    }
}
