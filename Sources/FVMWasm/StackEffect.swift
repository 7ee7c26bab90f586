/// How an instruction moves the operand stack, as the stack limiter models it.
enum StackEffect {
    case none
    /// `pop(p)` then `push(q)`.
    case popPush(UInt8, UInt8)
    /// `select`: two separate pops, then one push.
    case select
    case control
}
