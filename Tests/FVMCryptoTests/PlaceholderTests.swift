import Testing

@Test func placeholderFVMCrypto() { #expect(Bool(true)) }
