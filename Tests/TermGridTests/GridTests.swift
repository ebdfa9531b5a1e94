import TermGrid
import Testing

@Suite struct GridTests {
  init() { DisplayWidth.prepareLocale() }

  @Test func writesAndClipsByDisplayColumns() {
    var grid = Grid(size: Size(columns: 6, rows: 1))
    let next = grid.write("ab日本c", row: 0, column: 0, limit: 5, style: 1)
    #expect(grid.lines() == ["ab日  "])
    #expect(next == 5)
    #expect(grid[0, 2].width == 2)
    #expect(grid[0, 3].isContinuation)
  }

  @Test func wideCharacterThatDoesNotFitBecomesSpace() {
    var grid = Grid(size: Size(columns: 3, rows: 1))
    grid.write("a日", row: 0, column: 1, style: 0)
    #expect(grid.lines() == [" a "])
  }

  @Test func controlCharactersBecomePlaceholders() {
    var grid = Grid(size: Size(columns: 5, rows: 1))
    grid.write("a\u{1B}[b", row: 0, column: 0, style: 0)
    #expect(grid.lines() == ["a\u{FFFD}[b "])
  }

  @Test func combiningMarksJoinThePreviousCell() {
    var grid = Grid(size: Size(columns: 3, rows: 1))
    grid.write("e\u{301}x", row: 0, column: 0, style: 0)
    #expect(grid[0, 0].text == "e\u{301}")
    #expect(grid[0, 1].text == "x")
  }

  @Test func diffSendsOnlyChangedRuns() {
    var old = Grid(size: Size(columns: 20, rows: 3))
    old.write("hello world", row: 1, column: 0, style: 0)
    var new = old
    new.write("J", row: 1, column: 6, style: 0)
    let runs = FrameDiff.runs(from: old, to: new)
    #expect(runs == [CellRun(row: 1, column: 6, cells: [Cell(text: "J")])])
    #expect(FrameDiff.runs(from: nil, to: new).count == 3)
  }
}
