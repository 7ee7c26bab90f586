/// Opcode numbers the instrumentation needs to recognise or emit.
enum Op {
    static let unreachable: UInt16 = 0x00
    static let nop: UInt16 = 0x01
    static let block: UInt16 = 0x02
    static let loop: UInt16 = 0x03
    static let `if`: UInt16 = 0x04
    static let `else`: UInt16 = 0x05
    static let end: UInt16 = 0x0B
    static let br: UInt16 = 0x0C
    static let brIf: UInt16 = 0x0D
    static let brTable: UInt16 = 0x0E
    static let `return`: UInt16 = 0x0F
    static let call: UInt16 = 0x10
    static let callIndirect: UInt16 = 0x11
    static let drop: UInt16 = 0x1A
    static let select: UInt16 = 0x1B
    static let localGet: UInt16 = 0x20
    static let localSet: UInt16 = 0x21
    static let localTee: UInt16 = 0x22
    static let globalGet: UInt16 = 0x23
    static let globalSet: UInt16 = 0x24
    static let memorySize: UInt16 = 0x3F
    static let memoryGrow: UInt16 = 0x40
    static let i32Const: UInt16 = 0x41
    static let i64Const: UInt16 = 0x42
    static let f32Const: UInt16 = 0x43
    static let f64Const: UInt16 = 0x44
    static let i32Add: UInt16 = 0x6A
    static let i32Sub: UInt16 = 0x6B
    static let i32GtU: UInt16 = 0x4B
    static let i64Sub: UInt16 = 0x7D
    static let i64Mul: UInt16 = 0x7E
    static let i64LtS: UInt16 = 0x53
    static let i64ExtendI32U: UInt16 = 0xAD
    static let memoryInit: UInt16 = 0x108
    static let dataDrop: UInt16 = 0x109
    static let memoryCopy: UInt16 = 0x10A
    static let memoryFill: UInt16 = 0x10B
    static let tableInit: UInt16 = 0x10C
    static let elemDrop: UInt16 = 0x10D
    static let tableCopy: UInt16 = 0x10E

    /// Block type immediate of an empty block (0x40 read as s33).
    static let emptyBlockType: Int64 = -64
}
