import IPLD
import Testing
import FVMCrypto

@Suite struct SupportedHashTests {
    @Test func codesOfTheHashSyscall() {
        #expect(SupportedHash.allCases.map(\.code).sorted() == [0x12, 0x1b, 0x1053, 0xb220, 0xb240])
        #expect(SupportedHash(code: 0xb260) == nil)  // blake2b-384 is not accepted
        #expect(SupportedHash(code: 0x00) == nil)  // nor identity
    }

    @Test func digestsHaveTheirDeclaredLengths() {
        for hash in SupportedHash.allCases {
            #expect(hash.digest(Array("abc".utf8)).count == hash.digestLength)
        }
    }

    @Test func knownDigestsOfABC() {
        let abc = Array("abc".utf8)
        #expect(
            hex(SupportedHash.sha2_256.digest(abc))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            hex(SupportedHash.blake2b_256.digest(abc))
                == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319")
        #expect(
            hex(SupportedHash.blake2b_512.digest(abc))
                == "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
        )
        #expect(SupportedHash.keccak256.digest(abc) == Keccak256.hash(abc))
        #expect(SupportedHash.ripemd160.digest(abc) == RIPEMD160.hash(abc))
    }
}
