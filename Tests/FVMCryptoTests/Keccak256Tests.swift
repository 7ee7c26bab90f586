import Testing
@testable import FVMCrypto

@Suite struct Keccak256Tests {
    @Test func emptyInput() {
        #expect(hex(Keccak256.hash([])) == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    }

    @Test func abc() {
        #expect(
            hex(Keccak256.hash(Array("abc".utf8))) == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
        )
    }

    @Test func quickBrownFox() {
        let text = Array("The quick brown fox jumps over the lazy dog".utf8)
        #expect(hex(Keccak256.hash(text)) == "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")
    }

    /// The same sponge with the FIPS 202 padding must give SHA3-256 (values from Python's
    /// hashlib), which exercises block boundaries around the 136-byte rate.
    @Test(arguments: [
        (0, "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"),
        (1, "e3ed56bd086d8958483a12734fa0ae7f5c8bb160ef9092c67e82ed9b19e4c7b2"),
        (135, "d9dcf1f98e49a79b0643a9e68fef48079ff8777c5e7e7f93469ded65f192ac71"),
        (136, "743bd32e775ac7387a57d4d574c89ddef5ebcb08bb5cc6b88c55a27b5035cc45"),
        (137, "01d47e8d6dce6e3dcbf1baa6f845b6ace4ef74bd17da8176ecc49bc35dbe5d21"),
        (272, "ddeb5151c079739970e780e6257d0c4d52d83bf82c6aa8d47d5195530b5d5f4b"),
        (300, "064af3405aacb53d5d77ee858fec1e6e225480de3f14f06444e2b33d92d61879"),
    ])
    func sha3PaddingMatchesSHA3_256(length: Int, expected: String) {
        #expect(hex(Keccak256.sponge(pattern(length), domainPadding: 0x06)) == expected)
    }

    @Test func supportedHashDispatch() {
        #expect(SupportedHash(code: 0x1b)?.digest([]) == Keccak256.hash([]))
        #expect(SupportedHash(code: 0x1b)?.digestLength == 32)
        #expect(SupportedHash(code: 0x16) == nil)  // sha3-256 is not a syscall hash
    }
}
