import Testing
import FVMCrypto

@Suite struct RIPEMD160Tests {
    @Test(arguments: [
        ("", "9c1185a5c5e9fc54612808977ee8f548b2258d31"),
        ("a", "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe"),
        ("abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"),
        ("message digest", "5d0689ef49d2fae572b881b123a85ffa21595f36"),
        ("abcdefghijklmnopqrstuvwxyz", "f71c27109c692c1b56bbdceb5b9d2865b3708dbc"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "12a053384a9c0c88e405a06c27dcf49ada62eb2b"),
        (String(repeating: "1234567890", count: 8), "9b752e45573d4b39f4dbd3323cab82bf63326bfb"),
    ])
    func referenceVectors(input: String, expected: String) {
        #expect(hex(RIPEMD160.hash(Array(input.utf8))) == expected)
    }

    @Test func millionAs() {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(hex(RIPEMD160.hash(input)) == "52783243c1697bdbe16d37f97f68f08325dc1528")
    }

    /// Lengths around the 56/64-byte padding boundaries (expected values from Python's hashlib).
    @Test(arguments: [
        (55, "ced4a416d2eddc4c54a59c57fa299bc86af70de9"),
        (56, "581330764dcfaa5bbe4de58601aa56a838cc58d7"),
        (63, "f946627df85129e38a6142b694aed087f2f85d71"),
        (64, "6049fc18acb2ba0205d12fbf2ebc57628031d28c"),
        (65, "a03bc7711af42632ce8e675adbdc1d690a850f07"),
        (119, "22d9d4f2a6368b58145202e9ffa1479f0a13fd11"),
        (120, "c7ca324844fcb190fb8a9e7d843251391e2556de"),
        (1000, "462fa67a8f19c1df2d98cff47379ba31d681b572"),
    ])
    func paddingBoundaries(length: Int, expected: String) {
        #expect(hex(RIPEMD160.hash(pattern(length))) == expected)
    }

    @Test func supportedHashDispatch() {
        #expect(SupportedHash(code: 0x1053)?.digest(Array("abc".utf8)) == RIPEMD160.hash(Array("abc".utf8)))
        #expect(SupportedHash.ripemd160.digestLength == 20)
    }
}
