import Testing

@Test func placeholderFVMShared() { #expect(Bool(true)) }
