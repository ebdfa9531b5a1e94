import ArgumentParser

@main
struct Lede: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lede",
    abstract: "A terminal reader for collections of news articles.",
    version: LedeVersion.string,
    subcommands: [
      ReadCommand.self, ListCommand.self, ShowCommand.self, CheckCommand.self, AnalyzeCommand.self, XrefCommand.self,
      RelatedCommand.self, QuotesCommand.self, HighlightsCommand.self, ConfigCommand.self, IndexCommand.self,
      SearchCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )
}

enum LedeVersion {
  static let string = "0.1.0"
}
