import Testing

@Test func placeholderBLS12381() { #expect(Bool(true)) }
