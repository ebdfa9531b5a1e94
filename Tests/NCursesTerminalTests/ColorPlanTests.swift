import TermGrid
import Testing

@testable import NCursesTerminal

@Suite struct ColorPlanTests {
  let palette = Palette(styles: [
    .plain,
    Style(foreground: .cyan),
    Style(foreground: .yellow, attributes: [.bold]),
    Style(foreground: .cyan, attributes: [.underline]),
    Style(foreground: .indexed(15), background: .blue),
    Style(foreground: .indexed(200)),
    Style(background: .blue, attributes: [.reverse]),
  ])

  @Test func onePairPerColourCombination() {
    let plan = ColorPlan(palette: palette, capability: .colors(count: 256, pairs: 256, defaultColors: true))
    #expect(
      plan.pairs == [
        ColorPair(foreground: 6, background: -1),
        ColorPair(foreground: 3, background: -1),
        ColorPair(foreground: 15, background: 4),
        ColorPair(foreground: 200, background: -1),
        ColorPair(foreground: -1, background: 4),
      ])
    #expect(plan.styles.map(\.pair) == [0, 1, 2, 1, 3, 4, 5])
    #expect(plan.styles[2].attributes == [.bold])
    #expect(plan.styles[3].attributes == [.underline])
  }

  @Test func eightColourTerminalsGetNormalTwinsOfBrightColours() {
    let plan = ColorPlan(palette: palette, capability: .colors(count: 8, pairs: 64, defaultColors: true))
    #expect(plan.pairs[2] == ColorPair(foreground: 7, background: 4))
    // 200 has no twin: the terminal's default foreground.
    #expect(plan.pairs[3] == ColorPair(foreground: -1, background: -1) || plan.styles[5].pair == 0)
    #expect(plan.styles[5].pair == 0)
  }

  @Test func withoutDefaultColoursTheDefaultIsWhiteOnBlack() {
    let plan = ColorPlan(palette: palette, capability: .colors(count: 8, pairs: 64, defaultColors: false))
    #expect(plan.styles[0].pair == 0)
    #expect(plan.pairs[0] == ColorPair(foreground: 6, background: 0))
  }

  @Test func pairsBeyondTheLimitFallBackToPairZero() {
    let plan = ColorPlan(palette: palette, capability: .colors(count: 256, pairs: 3, defaultColors: true))
    #expect(plan.pairs.count == 2)
    #expect(plan.styles.map(\.pair) == [0, 1, 2, 1, 0, 0, 0])
  }

  @Test func monochromeKeepsAttributesAndReversesColouredBackgrounds() {
    let plan = ColorPlan(palette: palette, capability: .monochrome)
    #expect(plan.pairs.isEmpty)
    #expect(plan.styles.allSatisfy { $0.pair == 0 })
    #expect(plan.styles.map(\.attributes) == [[], [], [.bold], [.underline], [.reverse], [], [.reverse]])
  }
}
