import CNCurses
import TermGrid
import Testing

@testable import NCursesTerminal

@Suite struct MouseDecoderTests {
  @Test(arguments: [
    (lede_button1_pressed(), MouseEvent.Kind.press),
    (lede_button1_released(), .release),
    (lede_button4_pressed(), .wheelUp),
    (lede_button5_pressed(), .wheelDown),
  ])
  func buttonsLedeReports(state: mmask_t, kind: MouseEvent.Kind) {
    #expect(MouseDecoder.decode(buttonState: state, column: 9, row: 4) == MouseEvent(kind, column: 9, row: 4))
    #expect(MouseDecoder.mask & state != 0, "lede asks curses for it")
  }

  @Test func otherButtonsAndPositionsAreDropped() {
    #expect(MouseDecoder.decode(buttonState: 0, column: 1, row: 1) == nil)
    // BUTTON2_PRESSED and BUTTON3_PRESSED: the terminal keeps them (paste, menus).
    #expect(MouseDecoder.decode(buttonState: 2 << 5, column: 1, row: 1) == nil)
    #expect(MouseDecoder.decode(buttonState: 2 << 10, column: 1, row: 1) == nil)
    #expect(MouseDecoder.decode(buttonState: lede_button1_pressed(), column: -1, row: 1) == nil)
  }
}
