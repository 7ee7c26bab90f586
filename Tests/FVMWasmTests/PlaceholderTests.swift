import Testing

@Test func placeholderFVMWasm() { #expect(Bool(true)) }
