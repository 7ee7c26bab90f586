import Testing

@Test func placeholderActors() { #expect(Bool(true)) }
