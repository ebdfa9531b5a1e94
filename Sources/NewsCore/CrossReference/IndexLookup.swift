extension CrossReferenceIndex.EntityTable {
  /// The id of a key, by binary search over the sorted keys.
  func id(of key: EntityKey) -> Int? { CrossReferenceIndex.position(of: key, in: keys) }

  func name(of key: EntityKey) -> String? { id(of: key).map { names[$0] } }
}

extension CrossReferenceIndex.EventTable {
  /// The id of a key, by binary search over the sorted keys.
  func id(of key: EventKey) -> Int? { CrossReferenceIndex.position(of: key, in: keys) }
}

extension CrossReferenceIndex {
  /// The index of `element` in an ascending array without repeats.
  static func position<Element: Comparable>(of element: Element, in sorted: [Element]) -> Int? {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < element { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low] == element ? low : nil
  }
}
