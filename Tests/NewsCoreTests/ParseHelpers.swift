import NewsCore
import Testing

/// Parses text or bytes as a file named `a.txt`, failing the test when refused.
func parsed(_ bytes: [UInt8], modificationDate: CalendarDate? = nil) throws -> Article {
  try ArticleParser.parse(bytes: bytes, path: "/x/a.txt", relativePath: "a.txt", id: "a", modificationDate: modificationDate)
    .get()
}

func parsed(_ text: String, modificationDate: CalendarDate? = nil) throws -> Article {
  try parsed(Array(text.utf8), modificationDate: modificationDate)
}

func refusal(_ bytes: [UInt8]) -> ArticleLoadError? {
  if case .failure(let error) = ArticleParser.parse(
    bytes: bytes, path: "/x/a.txt", relativePath: "a.txt", id: "a", modificationDate: nil)
  {
    return error
  }
  return nil
}

let day = CalendarDate(year: 2018, month: 9, day: 17)
