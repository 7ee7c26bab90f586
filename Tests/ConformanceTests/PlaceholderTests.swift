import Testing

@Test func placeholderConformance() { #expect(Bool(true)) }
