import BigInt
import FVMCrypto
import FVMShared
import FVMWasm
import IPLD
import WasmRuntime

/// The syscalls a network's actors import, as Wasm host functions over the kernel.
public struct SyscallSet: Sendable {
    /// Which generation of the ABI: names, signatures and context structs differ.
    enum Generation: Sendable { case v2, v3 }
    let generation: Generation

    /// FVM v2 (actors v9).
    public static let v2 = SyscallSet(generation: .v2)
    /// FVM v3 (actors v10).
    public static let v3 = SyscallSet(generation: .v3)

    /// The host-function table for an engine.
    public func hostFunctions() -> HostFunctionTable {
        var t = HostFunctionTable()
        let i32 = ValueType.i32
        let i64 = ValueType.i64
        func add(
            _ m: String, _ n: String, _ p: [ValueType], ret: UInt32? = nil,
            _ body: @escaping (SyscallContext, UInt32) throws -> Void
        ) {
            t.register(Self.syscall(m, n, p, ret: ret, body))
        }

        // vm
        switch generation {
        case .v2:
            t.register(
                FVMWasm.HostFunction(module: "vm", name: "abort", parameters: [i32, i32, i32], results: [i32]) { call in
                    let args = call.arguments
                    let kernel = try Self.kernel(call)
                    try Self.chargeSyscall(kernel)
                    let message =
                        (try? call.memory.read(offset: args.u32(1), count: args.u32(2))).flatMap {
                            String(validating: $0, as: UTF8.self)
                        } ?? "actor aborted"
                    throw HostSignal.exit(code: args.u32(0), returnBlock: 0, message: message)
                })
            add("vm", "context", [i32], ret: 52) { c, ret in
                let k = c.kernel
                var out = try SyscallContext.tokenAmount(k.valueReceived)
                out += SyscallContext.le(k.caller) + SyscallContext.le(k.receiver) + SyscallContext.le(k.method)
                out += SyscallContext.le(k.machine.context.epoch) + SyscallContext.le(k.profile.networkVersion.rawValue)
                try c.write(out, at: ret)
            }
            add("network", "base_fee", [i32], ret: 16) { c, ret in
                try c.write(try SyscallContext.tokenAmount(c.kernel.machine.context.baseFee), at: ret)
            }
        case .v3:
            t.register(
                FVMWasm.HostFunction(module: "vm", name: "exit", parameters: [i32, i32, i32, i32], results: [i32]) {
                    call in
                    let args = call.arguments
                    let kernel = try Self.kernel(call)
                    try Self.chargeSyscall(kernel)
                    let raw = (try? call.memory.read(offset: args.u32(2), count: min(args.u32(3), 1024))) ?? []
                    throw HostSignal.exit(
                        code: args.u32(0), returnBlock: args.u32(1), message: String(decoding: raw, as: UTF8.self))
                })
            add("vm", "message_context", [i32], ret: 88) { c, ret in
                let k = c.kernel
                try k.chargeMessageContext()
                let cm = k.callManager
                var out = SyscallContext.le(cm.origin) + SyscallContext.le(cm.nonce) + SyscallContext.le(k.caller)
                out += SyscallContext.le(k.receiver) + SyscallContext.le(k.method)
                out += try SyscallContext.tokenAmount(k.valueReceived) + SyscallContext.tokenAmount(cm.gasPremium)
                out += SyscallContext.le(UInt64(k.readOnly ? 1 : 0))
                try c.write(out, at: ret)
            }
            add("network", "context", [i32], ret: 44) { c, ret in
                let ctx = try c.kernel.networkContext()
                var out = SyscallContext.le(ctx.epoch) + SyscallContext.le(ctx.timestamp)
                out += try SyscallContext.tokenAmount(ctx.baseFee) + SyscallContext.le(ctx.chainID)
                out += SyscallContext.le(c.kernel.profile.networkVersion.rawValue)
                try c.write(out, at: ret)
            }
            add("network", "tipset_cid", [i32, i64, i32, i32], ret: 4) { c, ret in
                try c.check(c.u32(2), c.u32(3))
                let cid = try c.kernel.tipsetCID(epoch: c.i64(1))
                try c.write(SyscallContext.le(try c.writeCID(cid, c.u32(2), c.u32(3))), at: ret)
            }
            add("actor", "lookup_delegated_address", [i32, i64, i32, i32], ret: 4) { c, ret in
                try c.check(c.u32(2), c.u32(3))
                guard let address = try c.kernel.lookupDelegatedAddress(c.u64(1)) else {
                    try c.write(SyscallContext.le(UInt32(0)), at: ret)
                    return
                }
                guard address.bytes.count <= Int(c.u32(3)) else {
                    throw ExecutionError.syscall(.bufferTooSmall, "address needs \(address.bytes.count) bytes")
                }
                try c.write(address.bytes, at: c.u32(2))
                try c.write(SyscallContext.le(UInt32(address.bytes.count)), at: ret)
            }
            add("actor", "balance_of", [i32, i64], ret: 16) { c, ret in
                try c.write(try SyscallContext.tokenAmount(try c.kernel.balanceOf(c.u64(1))), at: ret)
            }
            add("gas", "available", [i32], ret: 8) { c, ret in
                try c.write(SyscallContext.le(c.kernel.gasAvailable()), at: ret)
            }
            add("event", "emit_event", [i32, i32]) { c, _ in
                try c.kernel.emitEvent(try c.read(c.u32(0), c.u32(1)))
            }
        }
        add("network", "total_fil_circ_supply", [i32], ret: 16) { c, ret in
            try c.write(try SyscallContext.tokenAmount(c.kernel.machine.context.circulatingSupply), at: ret)
        }

        // ipld
        add("ipld", "block_open", [i32, i32], ret: 16) { c, ret in
            let opened = try c.kernel.blockOpen(try c.readCID(c.u32(1)))
            try c.write(
                SyscallContext.le(opened.codec) + SyscallContext.le(opened.id) + SyscallContext.le(opened.size), at: ret
            )
        }
        add("ipld", "block_create", [i32, i64, i32, i32], ret: 4) { c, ret in
            let data = try c.read(c.u32(2), c.u32(3))
            try c.write(SyscallContext.le(try c.kernel.blockCreate(codec: c.u64(1), data: data)), at: ret)
        }
        add("ipld", "block_read", [i32, i32, i32, i32, i32], ret: 4) { c, ret in
            try c.check(c.u32(3), c.u32(4))
            let (bytes, remaining) = try c.kernel.blockRead(id: c.u32(1), offset: c.u32(2), length: c.u32(4))
            try c.write(bytes, at: c.u32(3))
            try c.write(SyscallContext.le(remaining), at: ret)
        }
        add("ipld", "block_stat", [i32, i32], ret: 12) { c, ret in
            let stat = try c.kernel.blockStat(id: c.u32(1))
            try c.write(SyscallContext.le(stat.codec) + SyscallContext.le(stat.size), at: ret)
        }
        add("ipld", "block_link", [i32, i32, i64, i32, i32, i32], ret: 4) { c, ret in
            try c.check(c.u32(4), c.u32(5))
            let cid = try c.kernel.blockLink(id: c.u32(1), hashCode: c.u64(2), hashLength: c.u32(3))
            try c.write(SyscallContext.le(try c.writeCID(cid, c.u32(4), c.u32(5))), at: ret)
        }

        // self
        add("self", "root", [i32, i32, i32], ret: 4) { c, ret in
            try c.check(c.u32(1), c.u32(2))
            try c.write(SyscallContext.le(try c.writeCID(try c.kernel.root(), c.u32(1), c.u32(2))), at: ret)
        }
        add("self", "set_root", [i32]) { c, _ in
            try c.kernel.setRoot(try c.readCID(c.u32(0)))
        }
        add("self", "current_balance", [i32], ret: 16) { c, ret in
            try c.write(try SyscallContext.tokenAmount(try c.kernel.currentBalance()), at: ret)
        }
        add("self", "self_destruct", [i32, i32]) { c, _ in
            try c.kernel.selfDestruct(beneficiary: try c.readAddress(c.u32(0), c.u32(1)))
        }

        // actor
        add("actor", "resolve_address", [i32, i32, i32], ret: 8) { c, ret in
            try c.write(SyscallContext.le(try c.kernel.resolveAddress(try c.readAddress(c.u32(1), c.u32(2)))), at: ret)
        }
        add("actor", "get_actor_code_cid", [i32, i64, i32, i32], ret: 4) { c, ret in
            try c.check(c.u32(2), c.u32(3))
            let cid = try c.kernel.actorCodeCID(c.u64(1))
            try c.write(SyscallContext.le(try c.writeCID(cid, c.u32(2), c.u32(3))), at: ret)
        }
        add("actor", "get_builtin_actor_type", [i32, i32], ret: 4) { c, ret in
            try c.write(SyscallContext.le(try c.kernel.builtinActorType(try c.readCID(c.u32(1)))), at: ret)
        }
        add("actor", "get_code_cid_for_type", [i32, i32, i32, i32], ret: 4) { c, ret in
            try c.check(c.u32(2), c.u32(3))
            let cid = try c.kernel.codeCIDForType(c.i32(1))
            try c.write(SyscallContext.le(try c.writeCID(cid, c.u32(2), c.u32(3))), at: ret)
        }
        add("actor", generation == .v2 ? "new_actor_address" : "next_actor_address", [i32, i32, i32], ret: 4) {
            c, ret in
            try c.check(c.u32(1), c.u32(2))
            guard c.u32(2) >= 21 else {
                throw ExecutionError.syscall(.bufferTooSmall, "an actor address needs 21 bytes")
            }
            let address = try c.kernel.nextActorAddress()
            try c.write(address.bytes, at: c.u32(1))
            try c.write(SyscallContext.le(UInt32(address.bytes.count)), at: ret)
        }
        switch generation {
        case .v2:
            add("actor", "create_actor", [i64, i32]) { c, _ in
                try c.kernel.createActor(code: try c.readCID(c.u32(1)), id: c.u64(0), delegatedAddress: nil)
            }
        case .v3:
            add("actor", "create_actor", [i64, i32, i32, i32]) { c, _ in
                let code = try c.readCID(c.u32(1))
                let delegated = c.u32(3) > 0 ? try c.readAddress(c.u32(2), c.u32(3)) : nil
                try c.kernel.createActor(code: code, id: c.u64(0), delegatedAddress: delegated)
            }
        }

        // crypto
        add("crypto", "verify_signature", [i32, i32, i32, i32, i32, i32, i32, i32], ret: 4) { c, ret in
            let signature = try c.read(c.u32(2), c.u32(3))
            let signer = try c.readAddress(c.u32(4), c.u32(5))
            let plaintext = try c.read(c.u32(6), c.u32(7))
            let valid = try c.kernel.verifySignature(
                type: c.u32(1), signature: signature, signer: signer, plaintext: plaintext)
            try c.write(SyscallContext.le(Int32(valid ? 0 : -1)), at: ret)
        }
        add("crypto", "recover_secp_public_key", [i32, i32, i32], ret: 65) { c, ret in
            let hash = try c.read(c.u32(1), 32)
            let signature = try c.read(c.u32(2), 65)
            try c.write(try c.kernel.recoverSecpPublicKey(hash: hash, signature: signature), at: ret)
        }
        add("crypto", "hash", [i32, i64, i32, i32, i32, i32], ret: 4) { c, ret in
            try c.check(c.u32(4), c.u32(5))
            let data = try c.read(c.u32(2), c.u32(3))
            let digest = try c.kernel.hash(code: c.u64(1), data: data)
            let n = min(Int(c.u32(5)), digest.count)
            try c.write(Array(digest.prefix(n)), at: c.u32(4))
            try c.write(SyscallContext.le(UInt32(n)), at: ret)
        }
        add("crypto", "compute_unsealed_sector_cid", [i32, i64, i32, i32, i32, i32], ret: 4) { c, ret in
            let proofType = c.i64(1)
            guard RegisteredSealProof(rawValue: proofType) != nil else {
                throw ExecutionError.syscall(.illegalArgument, "unknown seal proof \(proofType)")
            }
            let pieces = try Self.decodePieces(try c.read(c.u32(2), c.u32(3)))
            try c.check(c.u32(4), c.u32(5))
            let cid = try c.kernel.computeUnsealedSectorCID(proofType: proofType, pieces: pieces)
            try c.write(SyscallContext.le(try c.writeCID(cid, c.u32(4), c.u32(5))), at: ret)
        }
        add("crypto", "verify_post", [i32, i32, i32], ret: 4) { c, ret in
            let encoded = try c.read(c.u32(1), c.u32(2))
            let info = try Self.decode(encoded, "WindowPoStVerifyInfo")
            guard let fields = info.list, fields.count == 4, let proofs = fields[1].list, let sectors = fields[2].list
            else {
                throw ExecutionError.syscall(.illegalArgument, "malformed WindowPoStVerifyInfo")
            }
            let firstType = proofs.first?.list?.first?.int64
            let valid = try c.kernel.verifyPoSt(
                firstProofType: firstType, challengedSectors: sectors.count, encoded: encoded)
            try c.write(SyscallContext.le(Int32(valid ? 0 : -1)), at: ret)
        }
        add("crypto", "verify_consensus_fault", [i32, i32, i32, i32, i32, i32, i32], ret: 20) { c, ret in
            let header1 = try c.read(c.u32(1), c.u32(2))
            let header2 = try c.read(c.u32(3), c.u32(4))
            let extra = try c.read(c.u32(5), c.u32(6))
            let fault = try c.kernel.verifyConsensusFault(header1: header1, header2: header2, extra: extra)
            let found = fault ?? ConsensusFault(epoch: 0, target: 0, kind: 0)
            try c.write(
                SyscallContext.le(found.epoch) + SyscallContext.le(found.target) + SyscallContext.le(found.kind),
                at: ret)
        }
        add("crypto", "verify_aggregate_seals", [i32, i32, i32], ret: 4) { c, ret in
            let encoded = try c.read(c.u32(1), c.u32(2))
            let info = try Self.decode(encoded, "AggregateSealVerifyProofAndInfos")
            guard let fields = info.list, fields.count == 5, let sealProof = fields[1].int64, let infos = fields[4].list
            else {
                throw ExecutionError.syscall(.illegalArgument, "malformed AggregateSealVerifyProofAndInfos")
            }
            let valid = try c.kernel.verifyAggregateSeals(sealProof: sealProof, count: infos.count, encoded: encoded)
            try c.write(SyscallContext.le(Int32(valid ? 0 : -1)), at: ret)
        }
        add("crypto", "verify_replica_update", [i32, i32, i32], ret: 4) { c, ret in
            let encoded = try c.read(c.u32(1), c.u32(2))
            let info = try Self.decode(encoded, "ReplicaUpdateInfo")
            guard let fields = info.list, fields.count == 5 else {
                throw ExecutionError.syscall(.illegalArgument, "malformed ReplicaUpdateInfo")
            }
            let valid = try c.kernel.verifyReplicaUpdate(encoded: encoded)
            try c.write(SyscallContext.le(Int32(valid ? 0 : -1)), at: ret)
        }
        add("crypto", "batch_verify_seals", [i32, i32, i32]) { c, _ in
            let batch = try Self.decode(try c.read(c.u32(0), c.u32(1)), "batch of SealVerifyInfo")
            guard let items = batch.list else { throw ExecutionError.syscall(.illegalArgument, "malformed seal batch") }
            try c.check(c.u32(2), UInt32(items.count))
            try c.write(try c.kernel.batchVerifySeals(items).map { $0 ? 1 : 0 }, at: c.u32(2))
        }

        // rand
        for (name, kind) in [("get_chain_randomness", RandomnessKind.chain), ("get_beacon_randomness", .beacon)] {
            add("rand", name, [i32, i64, i64, i32, i32], ret: 32) { c, ret in
                let entropy = try c.read(c.u32(3), c.u32(4))
                try c.write(
                    try c.kernel.randomness(kind, personalization: c.i64(1), round: c.i64(2), entropy: entropy), at: ret
                )
            }
        }

        // gas
        let signedCharges = generation == .v2
        add("gas", "charge", [i32, i32, i64]) { c, _ in
            let raw = try c.read(c.u32(0), c.u32(1))
            guard let name = String(validating: raw, as: UTF8.self) else {
                throw ExecutionError.syscall(.illegalArgument, "charge name is not UTF-8")
            }
            if signedCharges {
                try c.kernel.chargeGas(name: name, gas: c.i64(2))
            } else {
                try c.kernel.chargeGas(name: name, gas: Int64(clamping: c.u64(2)))
            }
        }

        // send
        switch generation {
        case .v2:
            add("send", "send", [i32, i32, i32, i64, i32, i64, i64], ret: 20) { c, ret in
                let to = try c.readAddress(c.u32(1), c.u32(2))
                let value = (BigInt(c.u64(5)) << 64) + BigInt(c.u64(6))
                let r = try c.kernel.send(
                    to: to, method: c.u64(3), paramsID: c.u32(4), value: value, gasLimit: nil, readOnlyFlag: false)
                try c.write(Self.sendReturn(r), at: ret)
            }
        case .v3:
            add("send", "send", [i32, i32, i32, i64, i32, i64, i64, i64, i64], ret: 20) { c, ret in
                let to = try c.readAddress(c.u32(1), c.u32(2))
                let value = (BigInt(c.u64(5)) << 64) + BigInt(c.u64(6))
                let flags = c.u64(8)
                guard flags & ~UInt64(1) == 0 else {
                    throw ExecutionError.syscall(.illegalArgument, "unknown send flags \(flags)")
                }
                let limit = c.u64(7) == UInt64.max ? nil : Gas(wholeGas: c.u64(7))
                let r = try c.kernel.send(
                    to: to, method: c.u64(3), paramsID: c.u32(4), value: value, gasLimit: limit,
                    readOnlyFlag: flags & 1 == 1)
                try c.write(Self.sendReturn(r), at: ret)
            }
        }

        // debug
        add("debug", "log", [i32, i32]) { _, _ in }
        add("debug", "enabled", [i32], ret: 4) { c, ret in try c.write(SyscallContext.le(Int32(-1)), at: ret) }
        add("debug", "store_artifact", [i32, i32, i32, i32]) { _, _ in }
        return t
    }

    static func sendReturn(_ r: InvocationKernel.SendReturn) -> [UInt8] {
        SyscallContext.le(r.exitCode.rawValue) + SyscallContext.le(r.returnID) + SyscallContext.le(r.returnCodec)
            + SyscallContext.le(r.returnSize)
    }

    static func decode(_ bytes: [UInt8], _ what: String) throws(ExecutionError) -> IPLDValue {
        do {
            return try DagCBOR.decode(bytes)
        } catch {
            throw ExecutionError.syscall(.illegalArgument, "cannot decode \(what): \(error)")
        }
    }

    static func decodePieces(_ bytes: [UInt8]) throws(ExecutionError) -> [PieceInfo] {
        guard let items = try decode(bytes, "pieces").list else {
            throw ExecutionError.syscall(.illegalArgument, "pieces are not a list")
        }
        var out: [PieceInfo] = []
        for item in items {
            guard let pair = item.list, pair.count == 2, let size = pair[0].uint64, let cid = pair[1].cid else {
                throw ExecutionError.syscall(.illegalArgument, "malformed piece info")
            }
            out.append(PieceInfo(paddedSize: size, cid: cid))
        }
        return out
    }

    // MARK: - The wrapper every syscall goes through

    static func kernel(_ call: borrowing FVMWasm.HostCall) throws -> InvocationKernel {
        guard let kernel = call.context as? InvocationKernel else {
            throw ExecutionError.fatal(.invariant("syscall outside an invocation"))
        }
        return kernel
    }

    static func chargeSyscall(_ kernel: InvocationKernel) throws {
        do {
            try kernel.charge(kernel.prices.onSyscall())
        } catch {
            throw HostSignal.outOfGas
        }
    }

    /// Charge `OnSyscall`, check the out-pointer, run, and turn kernel errors into error numbers,
    /// out-of-gas signals or fatal errors.
    static func syscall(
        _ module: String, _ name: String, _ params: [ValueType], ret: UInt32?,
        _ body: @escaping (SyscallContext, UInt32) throws -> Void
    ) -> FVMWasm.HostFunction {
        FVMWasm.HostFunction(module: module, name: name, parameters: params, results: [.i32]) { call in
            let kernel = try kernel(call)
            try chargeSyscall(kernel)
            let context = SyscallContext(kernel: kernel, memory: call.memory, args: call.arguments)
            var out: UInt32 = 0
            if let size = ret {
                out = context.u32(0)
                if UInt64(out) + UInt64(size) > UInt64(call.memory.byteCount) {
                    call.skipGasResync()
                    call.result = ErrorNumber.illegalArgument.rawValue
                    return
                }
            }
            do {
                try body(context, out)
                call.result = 0
            } catch let error as ExecutionError {
                switch error {
                case .syscall(let number, _): call.result = number.rawValue
                case .outOfGas: throw HostSignal.outOfGas
                case .fatal(let cause): throw ExecutionError.fatal(.inSyscall("\(module).\(name)", cause))
                }
            }
        }
    }
}
