/// A data segment with its bytes; `offset` is nil for a passive segment.
struct DataSegment: Sendable {
    var offset: ConstantExpression?
    var bytes: [UInt8]
}
