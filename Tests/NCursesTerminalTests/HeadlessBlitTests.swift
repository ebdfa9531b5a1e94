import CNCurses
import TermGrid
import Testing

@testable import NCursesTerminal

/// Real curses drawing on /dev/null. ncurses state is per process: serialized.
@Suite(.serialized) struct HeadlessBlitTests {
  let palette = Palette(styles: [.plain, Style(foreground: .cyan, attributes: [.bold]), Style(attributes: [.reverse])])

  @Test func presentDrawsTextWideCharactersAndTheBottomRightCell() throws {
    let backend = try NCursesBackend.startHeadless(size: Size(columns: 12, rows: 3))
    defer { backend.stop() }
    #expect(backend.size == Size(columns: 12, rows: 3))
    backend.setPalette(palette)
    var grid = Grid(size: backend.size)
    grid.write("héllo 世界", row: 0, column: 0, style: 1)
    grid.write("ab世界cd日本", row: 1, column: 1, style: 0)  // 本 would straddle the edge
    grid.write("end!", row: 2, column: 8, style: 2)  // writes the bottom-right cell
    backend.present(FrameDiff.runs(from: nil, to: grid))

    #expect(backend.screenText(row: 0) == "héllo 世界  ")
    #expect(backend.screenText(row: 1) == " ab世界cd日 ")
    #expect(backend.screenText(row: 2) == "        end!")
    let title = backend.cursesLook(row: 0, column: 0)
    #expect(title.pair == 1)
    #expect(title.attributes & lede_attr_bold() != 0)
    #expect(backend.cursesLook(row: 2, column: 11).attributes & lede_attr_reverse() != 0)
    #expect(backend.cursesLook(row: 2, column: 0).attributes & lede_attr_reverse() == 0)
  }

  @Test func aDiffOnlyChangesItsRuns() throws {
    let backend = try NCursesBackend.startHeadless(size: Size(columns: 10, rows: 2))
    defer { backend.stop() }
    backend.setPalette(palette)
    var before = Grid(size: backend.size)
    before.write("一二三四五", row: 0, column: 0, style: 0)
    before.write("plain", row: 1, column: 0, style: 0)
    backend.present(FrameDiff.runs(from: nil, to: before))
    var after = before
    after.write("x", row: 0, column: 3, style: 1)  // splits 二: both halves change
    backend.present(FrameDiff.runs(from: before, to: after))

    #expect(backend.screenText(row: 0) == "一 x三四五")
    #expect(backend.screenText(row: 1) == "plain     ")
    #expect(backend.cursesLook(row: 0, column: 3).pair == 1)
  }

  @Test func aFrameWiderThanTheScreenIsClippedWithoutWrapping() throws {
    // A frame rendered just before a resize arrives: clip, never wrap.
    let backend = try NCursesBackend.startHeadless(size: Size(columns: 10, rows: 2))
    defer { backend.stop() }
    var grid = Grid(size: Size(columns: 14, rows: 2))
    grid.write("123456789世界", row: 0, column: 0, style: 0)
    backend.present(FrameDiff.runs(from: nil, to: grid))
    #expect(backend.screenText(row: 0) == "123456789 ")
    #expect(backend.screenText(row: 1) == "          ")
  }

  @Test func monochromeDrawsWithoutPairs() throws {
    let backend = try NCursesBackend.startHeadless(size: Size(columns: 6, rows: 1), monochrome: true)
    defer { backend.stop() }
    #expect(backend.isMonochrome)
    backend.setPalette(palette)
    var grid = Grid(size: backend.size)
    grid.write("bold", row: 0, column: 0, style: 1)
    backend.present(FrameDiff.runs(from: nil, to: grid))
    #expect(backend.cursesLook(row: 0, column: 0).pair == 0)
    #expect(backend.cursesLook(row: 0, column: 0).attributes & lede_attr_bold() != 0)
  }

  @Test func stopIsIdempotent() throws {
    let backend = try NCursesBackend.startHeadless(size: Size(columns: 4, rows: 1))
    backend.stop()
    backend.stop()
    #expect(backend.size == Size(columns: 0, rows: 0))
    #expect(backend.nextEvent(timeoutMilliseconds: 0) == nil)
  }
}
