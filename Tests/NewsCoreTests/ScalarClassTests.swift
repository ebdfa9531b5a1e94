import Testing

@testable import NewsCore

/// The ASCII fast paths of ``ScalarClass`` answer as the Unicode properties do.
@Suite struct ScalarClassTests {
  @Test func asciiAgreesWithUnicodeProperties() throws {
    for value in UInt32(0)..<128 {
      let scalar = try #require(Unicode.Scalar(value))
      #expect(ScalarClass.isSpace(scalar) == (scalar.properties.isWhitespace || scalar == "\u{00A0}"), "\(value)")
      #expect(ScalarClass.isLetter(scalar) == scalar.properties.isAlphabetic, "\(value)")
      #expect(ScalarClass.isDigit(scalar) == (scalar.properties.numericType != nil), "\(value)")
      #expect(ScalarClass.isUppercase(scalar) == scalar.properties.isUppercase, "\(value)")
    }
  }
}
