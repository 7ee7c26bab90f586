import Actors
import BigInt
import FVMShared
import IPLD

extension InvocationKernel: ActorOps {
    public func resolveAddress(_ address: Address) throws(ExecutionError) -> UInt64 {
        guard let id = try callManager.resolve(address) else {
            throw .syscall(.notFound, "address \(address) not found")
        }
        return id
    }

    public func actorCodeCID(_ id: UInt64) throws(ExecutionError) -> CID {
        try charge(prices.onGetActorCodeCID())
        guard let actor = try callManager.getActor(id) else { throw .syscall(.notFound, "actor f0\(id) not found") }
        return actor.code
    }

    public func builtinActorType(_ code: CID) throws(ExecutionError) -> Int32 {
        try charge(prices.onGetBuiltinActorType())
        return Int32(machine.manifest.type(of: code)?.id ?? 0)
    }

    public func codeCIDForType(_ type: Int32) throws(ExecutionError) -> CID {
        try charge(prices.onGetCodeCIDForType())
        guard type > 0, let cid = machine.manifest.code(typeID: UInt32(type)) else {
            throw .syscall(.illegalArgument, "unknown actor type \(type)")
        }
        return cid
    }

    public func nextActorAddress() throws(ExecutionError) -> Address {
        let origin: Address
        let counter: UInt64
        switch rules.actorAddressDerivation {
        case .keyAddressOriginCallCounter:
            origin = try keyAddress(of: callManager.originAddress)
            counter = callManager.takeAddressRequest()
        case .messageFromCreatedCounter:
            origin = callManager.originAddress
            counter = callManager.actorsCreated
        }
        var input = CBORWriter()
        input.writeAddress(origin)
        var bytes = input.bytes
        for value in [callManager.nonce, counter] {
            for s in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(s)))
            }
        }
        do {
            return try Address(protocol: .actor, payload: Blake2b.hash(bytes, length: 20))
        } catch {
            throw .fatal(.invariant("cannot build an actor address: \(error)"))
        }
    }

    /// v2: the key address behind an account (f1/f3 pass through).
    func keyAddress(of address: Address) throws(ExecutionError) -> Address {
        if address.proto == .secp256k1 || address.proto == .bls { return address }
        guard let id = try callManager.resolve(address), let actor = try callManager.getActor(id) else {
            throw .fatal(.invariant("origin \(address) not found"))
        }
        guard machine.manifest.kind(of: actor.code) == .account else {
            throw .fatal(.invariant("origin \(address) is not an account"))
        }
        do {
            return try AccountActorState(cbor: try machine.store.require(actor.head)).address
        } catch {
            throw .fatal(.malformedState(what: "origin account state", underlying: error))
        }
    }

    public func createActor(code: CID, id: UInt64, delegatedAddress: Address?) throws(ExecutionError) {
        switch rules.createActorRestriction {
        case .builtinNonSingleton:
            guard let type = machine.manifest.type(of: code) else {
                throw .syscall(.forbidden, "can only create builtin actors")
            }
            guard machine.manifest.kind(of: code).map(\.isSingleton) != true else {
                throw .syscall(.forbidden, "can only have one instance of \(type.name)")
            }
            do {
                if try machine.stateTree.actor(id) != nil {
                    throw ExecutionError.syscall(.forbidden, "actor f0\(id) already exists")
                }
            } catch let e as ExecutionError {
                throw e
            } catch let e as StateTreeError {
                throw .state(e)
            } catch {
                throw .fatal(.invariant("\(error)"))
            }
            try charge(prices.onCreateActor(newAddress: false))
            machine.stateTree.setActor(id, ActorState(code: code, head: Machine.emptyArrayCID, nonce: 0, balance: 0))
        case .initActorOnly:
            guard receiver == StateTree.initActorID else {
                throw .syscall(.forbidden, "create_actor is restricted to the init actor")
            }
            try requireWritable("create_actor")
            if machine.manifest.code(of: .placeholder) == code {
                throw .syscall(.forbidden, "cannot create a placeholder explicitly")
            }
            let state: ActorState
            if let existing = try callManager.getActor(id) {
                guard machine.manifest.kind(of: existing.code) == .placeholder else {
                    throw .syscall(.forbidden, "actor f0\(id) already exists")
                }
                guard let existingAddress = existing.delegatedAddress else {
                    throw .fatal(.invariant("placeholder f0\(id) has no delegated address"))
                }
                guard existingAddress == delegatedAddress else {
                    throw .syscall(.forbidden, "placeholder f0\(id) has another delegated address")
                }
                var replaced = existing
                replaced.code = code
                state = replaced
            } else {
                try charge(prices.onCreateActor(newAddress: false))
                state = ActorState(
                    code: code, head: Machine.emptyArrayCID, nonce: 0, balance: 0, delegatedAddress: delegatedAddress)
            }
            try callManager.setActor(id, state)
            callManager.noteActorCreated()
        }
    }

    public func lookupDelegatedAddress(_ id: UInt64) throws(ExecutionError) -> Address? {
        try charge(prices.onLookupDelegatedAddress())
        guard let actor = try callManager.getActor(id) else { throw .syscall(.notFound, "actor f0\(id) not found") }
        return actor.delegatedAddress
    }

    public func balanceOf(_ id: UInt64) throws(ExecutionError) -> BigInt {
        try charge(prices.onBalanceOf())
        guard let actor = try callManager.getActor(id) else { throw .syscall(.notFound, "actor f0\(id) not found") }
        return actor.balance
    }
}
