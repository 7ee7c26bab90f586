import Conformance
import IPLD
import Testing

/// LOG0…LOG4 become FIP-0049 actor events: one entry per topic (keys t1…t4, the 32-byte word)
/// and one for the data (key d, left out when the data is empty), all flagged indexed (key and
/// value, 0b11) with the raw codec. The receipt's events root is the AMT of `[emitter, entries]`.
@Suite(.enabled(if: FEVMTestWorld.runnable, FEVMTestWorld.skipReason)) struct LogEventTests {
    static let address = FEVMTestWorld.contract(1)
    static let indexedAll: UInt64 = 0b11
    static let raw: UInt64 = 0x55

    struct Entry: Equatable, CustomStringConvertible {
        var flags: UInt64
        var key: String
        var codec: UInt64
        var value: [UInt8]
        var description: String { "\(key)=\(value.count) bytes" }
    }

    /// The topics LOGn carries in this test: distinct words per log and position.
    static func topics(ofLog n: Int) -> [[UInt8]] { (0..<n).map { Word.of(UInt64(0x7000 + 16 * n + $0)) } }

    /// The data LOGn carries: n + 1 bytes of 0xd0 + n.
    static func data(ofLog n: Int) -> [UInt8] { [UInt8](repeating: 0xd0 + UInt8(n), count: n + 1) }

    /// Emits LOGn of `topics` with memory `[0, size)` after writing `data` there.
    static func emit(_ a: inout EVMAssembler, topics: [[UInt8]], data: [UInt8]) {
        a.store(bytes: data, at: 0)
        for topic in topics.reversed() { a.push(bytes: topic) }
        a.push(data.count)
        a.push(0)
        a.op(.log(topics: topics.count))
    }

    static func expectedEntries(topics: [[UInt8]], data: [UInt8]) -> [Entry] {
        topics.enumerated().map { Entry(flags: indexedAll, key: "t\($0.offset + 1)", codec: raw, value: $0.element) }
            + (data.isEmpty ? [] : [Entry(flags: indexedAll, key: "d", codec: raw, value: data)])
    }

    static func decode(_ event: FEVMEvent) throws -> [Entry] {
        var r = CBORReader(event.encodedEntries)
        var out: [Entry] = []
        for _ in 0..<(try r.readArrayHeader()) {
            try r.readTupleHeader(4, "entry")
            out.append(
                Entry(flags: try r.readUInt(), key: try r.readText(), codec: try r.readUInt(), value: try r.readBytes())
            )
        }
        #expect(r.isAtEnd)
        return out
    }

    /// The events AMT root for `events` emitted by actor `emitter`, built from the expectation.
    static func eventsRoot(emitter: UInt64, _ events: [[Entry]]) throws -> CID {
        let stamped = events.map { entries in
            var w = CBORWriter()
            w.writeArrayHeader(2)
            w.writeUInt(emitter)
            w.writeArrayHeader(entries.count)
            for e in entries {
                w.writeArrayHeader(4)
                w.writeUInt(e.flags)
                w.writeText(e.key)
                w.writeUInt(e.codec)
                w.writeBytes(e.value)
            }
            return w.bytes
        }
        return try AMT.build(values: stamped, store: MemoryBlockstore()).flush()
    }

    @Test func log0ToLog4EmitTheirTopicsAndDataInOrder() throws {
        let code = EVMAssembler.program { a in
            for n in 0...4 { Self.emit(&a, topics: Self.topics(ofLog: n), data: Self.data(ofLog: n)) }
            a.op(.stop)
        }
        let scenario = try FEVMTestWorld.scenario(contract: code, at: Self.address)
        let emitter = try #require(try scenario.actorID(of: Self.address))

        let receipt = try scenario.call(Self.address)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        let expected = (0...4).map { Self.expectedEntries(topics: Self.topics(ofLog: $0), data: Self.data(ofLog: $0)) }
        #expect(receipt.events.map(\.emitter) == [UInt64](repeating: emitter, count: 5))
        #expect(try receipt.events.map(Self.decode) == expected)
        #expect(receipt.eventsRoot == (try Self.eventsRoot(emitter: emitter, expected)))
    }

    @Test func aLogWithoutDataHasNoDataEntry() throws {
        let topic = Word.of(0xabcdef)
        let code = EVMAssembler.program { a in
            Self.emit(&a, topics: [], data: [])
            Self.emit(&a, topics: [topic], data: [])
            a.op(.stop)
        }
        let scenario = try FEVMTestWorld.scenario(contract: code, at: Self.address)
        let emitter = try #require(try scenario.actorID(of: Self.address))

        let receipt = try scenario.call(Self.address)

        #expect(receipt.exitCode == .ok, "\(receipt.summary)")
        let expected = [[], [Entry(flags: Self.indexedAll, key: "t1", codec: Self.raw, value: topic)]]
        #expect(try receipt.events.map(Self.decode) == expected)
        #expect(receipt.eventsRoot == (try Self.eventsRoot(emitter: emitter, expected)))
    }

    @Test func aRevertedCallEmitsNothing() throws {
        let code = EVMAssembler.program { a in
            Self.emit(&a, topics: Self.topics(ofLog: 2), data: Self.data(ofLog: 2))
            a.push(0)
            a.push(0)
            a.op(.revert)
        }
        let scenario = try FEVMTestWorld.scenario(contract: code, at: Self.address)

        let receipt = try scenario.call(Self.address)

        #expect(receipt.exitCode.rawValue == 33, "\(receipt.summary)")
        #expect(receipt.events.isEmpty)
        #expect(receipt.eventsRoot == nil)
    }
}
