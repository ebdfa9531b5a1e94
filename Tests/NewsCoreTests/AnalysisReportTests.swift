import Foundation
import NewsCore
import TestSupport
import Testing

/// `lede analyze --json`: the keys the issue names, with spans that point at the
/// file's bytes.
@Suite struct AnalysisReportTests {
  @Test func jsonCarriesEveryFieldWithFileSpans() throws {
    let article = try #require(SeedsGold.seedArticles()["000_c34a645ecb9f0efb"])
    let json = AnalysisReport.json(article, ArticleAnalyzer.analyze(article)).text
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    for key in ["id", "path", "date", "title", "headline", "people", "places", "organizations", "dates", "events", "quotes"] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: article.path)))
    let people = try #require(object["people"] as? [[String: Any]])
    let putin = try #require(people.first { $0["name"] as? String == "Vladimir Putin" })
    let spans = try #require(putin["mentions"] as? [[Int]])
    #expect(spans.count >= 4)
    for span in spans {
      let text = String(decoding: bytes[span[0]..<span[1]], as: UTF8.self)
      #expect(text.contains("Putin"), "\(span) is \(text)")
    }
    let quotes = try #require(object["quotes"] as? [[String: Any]])
    let acute = try #require(quotes.first { ($0["text"] as? String)?.hasPrefix("The situation with Idlib") == true })
    let span = try #require(acute["span"] as? [Int])
    #expect(String(decoding: bytes[span[0]..<span[1]], as: UTF8.self) == "The situation with Idlib is acute,")
    #expect(acute["speaker"] as? String == "Dmitry Peskov")
    #expect(acute["fragment"] as? Bool == false)
    let events = try #require(object["events"] as? [[String: Any]])
    #expect(
      events.contains {
        $0["what"] as? String == "talks" && $0["where"] as? String == "Sochi" && $0["date"] as? String == "2018-09-17"
      })
  }

  @Test func numbersKeepThreeDecimals() {
    #expect(JSONValue.number(0.9).text == "0.9")
    #expect(JSONValue.number(0.87549).text == "0.875")
    #expect(JSONValue.number(2).text == "2")
    #expect(JSONValue.number(-1.5).text == "-1.5")
    #expect(JSONValue.number(.nan).text == "null")
  }
}
