extension InvocationKernel: MessageOps {
    public func messageContext() throws(ExecutionError) -> MessageContext {
        try charge(prices.onMessageContext())
        return message
    }

    public var message: MessageContext {
        MessageContext(
            origin: callManager.origin, nonce: callManager.nonce, caller: caller, receiver: receiver, method: method,
            valueReceived: valueReceived, gasPremium: callManager.gasPremium, readOnly: readOnly)
    }
}
