extension RandomAccessCollection {
  /// The index of the first element for which `isAfter` holds, in O(log n), given that
  /// it holds for a suffix of the collection (false, false, …, true, true); `endIndex`
  /// when it never holds.
  func partitionPoint(where isAfter: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try isAfter(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
