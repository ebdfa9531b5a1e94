/// Counts words: runs of letters or digits.
enum WordCounter {
  static func count(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let isWordScalar: Bool
      if scalar.isASCII {
        let value = scalar.value
        isWordScalar = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      } else {
        isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      }
      if isWordScalar, !inWord { count += 1 }
      inWord = isWordScalar
    }
    return count
  }
}
