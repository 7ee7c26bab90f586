import BigInt
import FVMShared
import IPLD

extension InvocationKernel: SelfOps {
    private func selfActor() throws(ExecutionError) -> ActorState? {
        try callManager.getActor(receiver)
    }

    public func root() throws(ExecutionError) -> CID {
        guard let actor = try selfActor() else { throw .syscall(.illegalOperation, "actor deleted") }
        return actor.head
    }

    public func setRoot(_ cid: CID) throws(ExecutionError) {
        try requireWritable("set_root")
        guard var actor = try selfActor() else { throw .syscall(.illegalOperation, "actor deleted") }
        actor.head = cid
        try callManager.setActor(receiver, actor)
    }

    public func currentBalance() throws(ExecutionError) -> BigInt {
        try charge(prices.onSelfBalance())
        return try selfActor()?.balance ?? 0
    }

    public func selfDestruct(beneficiary: Address) throws(ExecutionError) {
        try requireWritable("self_destruct")
        try charge(prices.onDeleteActor())
        let balance = try currentBalance()
        if !balance.isZero {
            guard let id = try callManager.resolve(beneficiary) else {
                throw .syscall(.notFound, "beneficiary \(beneficiary) not found")
            }
            if id == receiver { throw .syscall(.forbidden, "benefactor cannot be beneficiary") }
            try callManager.transfer(from: receiver, to: id, value: balance)
        }
        if try selfActor() != nil { try callManager.deleteActor(receiver) }
    }
}
