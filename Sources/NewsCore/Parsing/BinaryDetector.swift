/// Tells binary files from text.
enum BinaryDetector {
  /// How much of the start of a file is examined for non-text bytes.
  static let sampleSize = 8 * 1024
  /// Above this share of non-text in the sample, a file is binary.
  static let maximumNonTextShare = 0.3

  /// Why the bytes are binary, or nil when they are text: a NUL byte anywhere, or
  /// mostly control bytes and invalid UTF-8 in the first 8 KiB.
  static func reason(_ bytes: [UInt8]) -> String? {
    bytes.withUnsafeBufferPointer { buffer -> String? in
      if buffer.contains(0) { return "contains NUL bytes" }
      let sample = UnsafeBufferPointer(rebasing: buffer.prefix(sampleSize))
      var nonText = 0
      var index = 0
      while index < sample.count {
        let byte = sample[index]
        if byte < 0x80 {
          let isControl =
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B) || byte == 0x7F
          if isControl { nonText += 1 }
          index += 1
        } else {
          let length = Sanitizer.validSequenceLength(sample, at: index)
          if length < 0 {
            // A sequence cut by the sample's end is not evidence of anything.
            if index - length < sample.count || sample.count == buffer.count { nonText -= length }
            index -= length
          } else {
            index += length
          }
        }
      }
      let share = Double(nonText) / Double(max(1, sample.count))
      return share > maximumNonTextShare ? "\(Int(share * 100))% non-text bytes" : nil
    }
  }
}
