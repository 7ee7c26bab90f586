import Testing

@Test func placeholderIPLD() { #expect(Bool(true)) }
