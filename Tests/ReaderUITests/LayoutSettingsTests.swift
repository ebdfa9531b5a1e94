import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

@Suite struct LayoutSettingsTests {
  init() { DisplayWidth.prepareLocale() }

  func panes(_ columns: Int, focus: PaneID = .list, _ settings: LayoutSettings = .standard) -> [PaneID] {
    Layout.compute(size: Size(columns: columns, rows: 30), focus: focus, settings: settings).panes.map(\.0)
  }

  @Test func standardSettingsKeepTheStandardLayout() {
    for columns in [40, 59, 60, 119, 120, 200] {
      for focus in PaneID.allCases {
        let size = Size(columns: columns, rows: 30)
        #expect(Layout.compute(size: size, focus: focus) == Layout.compute(size: size, focus: focus, settings: .standard))
      }
    }
    #expect(panes(120) == [.list, .text, .sidebar])
    #expect(panes(119) == [.list, .text])
    #expect(panes(59) == [.list])
  }

  @Test func thresholdsMove() {
    var settings = LayoutSettings.standard
    settings.threePaneMinimumColumns = 150
    settings.twoPaneMinimumColumns = 90
    #expect(panes(149, settings) == [.list, .text])
    #expect(panes(150, settings) == [.list, .text, .sidebar])
    #expect(panes(89, focus: .text, settings) == [.text])
  }

  @Test func widthsFollowTheSettings() {
    var settings = LayoutSettings.standard
    settings.listWidth = .init(percent: 40, minimum: 10, maximum: 100)
    settings.sidebarWidth = .init(percent: 20, minimum: 10, maximum: 100)
    let layout = Layout.compute(size: Size(columns: 200, rows: 30), focus: .list, settings: settings)
    #expect(layout.rect(of: .list)?.columns == 80)
    #expect(layout.rect(of: .sidebar)?.columns == 40 - 1, "less the separator")
    #expect(layout.rect(of: .text)?.columns == 80 - 1)
  }

  @Test func aPaneLeftOutOpensInTheTextsPlace() {
    var noSidebar = LayoutSettings.standard
    noSidebar.panes = [.list, .text]
    #expect(panes(200, noSidebar) == [.list, .text])
    #expect(panes(200, focus: .sidebar, noSidebar) == [.list, .sidebar])
    var noList = LayoutSettings.standard
    noList.panes = [.text, .sidebar]
    #expect(panes(200, noList) == [.list, .sidebar])
    #expect(panes(200, focus: .text, noList) == [.text, .sidebar])
    let onlyText = LayoutSettings(
      threePaneMinimumColumns: 120, twoPaneMinimumColumns: 60, listWidth: noList.listWidth,
      sidebarWidth: noList.sidebarWidth, twoPaneListWidth: noList.twoPaneListWidth, panes: [])
    #expect(onlyText.panes == [.text], "the text is always shown")
    #expect(panes(200, focus: .text, onlyText) == [.text])
    #expect(panes(200, focus: .list, onlyText) == [.list])
  }

  @Test func changingTheSettingsRewrapsTheText() {
    var state = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Size(columns: 200, rows: 30))
    let wide = state.reader.layout.lines.count
    var settings = LayoutSettings.standard
    settings.listWidth = .init(percent: 45, minimum: 10, maximum: 200)
    settings.sidebarWidth = .init(percent: 35, minimum: 10, maximum: 200)
    state.layoutSettings = settings
    #expect(state.reader.layout.lines.count > wide, "a narrower text pane wraps to more lines")
    #expect(render(state).lines()[1].contains("│"))
  }
}
