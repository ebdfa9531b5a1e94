import NewsCore
import TestSupport

/// A Monday: the seeds' date.
let mondaySeptember17 = CalendarDate(year: 2018, month: 9, day: 17)

func analyze(_ paragraphs: [String], headline: String? = nil, date: CalendarDate? = mondaySeptember17) -> ArticleAnalysis {
  EntityExtractor.analyze(TestArticles.make(paragraphs, date: date, headline: headline))
}

func analyze(_ text: String) -> ArticleAnalysis { analyze([text]) }

extension ArticleAnalysis {
  var personNames: Set<String> { Set(people.map(\.name)) }
  var placeNames: Set<String> { Set(places.map(\.name)) }
  var organizationNames: Set<String> { Set(organizations.map(\.name)) }
}
