import Testing

/// The harness itself, on a shell command instead of lede.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxSessionTests {
  @Test func printfIsReadBackWithItsExitStatus() throws {
    let session = try TmuxSession("printf 'héllo 世界\\n'; false", columns: 40, rows: 6)
    defer { session.kill() }
    #expect(session.waitForExit() == 1)
    #expect(try session.capture().contains("héllo 世界"))
    #expect(try session.capture().count == 6)
  }

  @Test func theEnvironmentAndSizeAreThoseOfTheSession() throws {
    let session = try TmuxSession(#"echo "$TERM $LANG $(tput cols)x$(tput lines)""#, columns: 50, rows: 7)
    defer { session.kill() }
    #expect(session.waitForExit() == 0)
    #expect(try session.capture().contains("tmux-256color C.UTF-8 50x7"))
  }

  @Test func resizeAndKeysReachTheProgram() throws {
    let session = try TmuxSession(#"read -r line; echo "got:$line $(tput cols)x$(tput lines)""#, columns: 50, rows: 6)
    defer { session.kill() }
    try session.resize(columns: 70, rows: 9)
    #expect(session.waitFor { $0.count == 9 })
    try session.type("abc")
    try session.send(keys: "Enter")
    #expect(session.waitForExit() == 0)
    #expect(try session.capture().contains("got:abc 70x9"))
  }

  @Test func ctrlZStopsTheCommandAndFgResumesIt() throws {
    // One process, as lede will be: a builtin `read` in the shell would not stop.
    let session = try TmuxSession(#"sh -c 'read -r line; echo "got:$line"; exit 3'"#, columns: 60, rows: 8)
    defer { session.kill() }
    try session.send(keys: "C-z")
    #expect(session.waitFor(text: "Stopped"))
    #expect(try session.capture().contains("EXIT:148"))
    #expect(session.exitStatus() == nil)
    try session.type("fg")
    try session.send(keys: "Enter")
    try session.type("abc")
    try session.send(keys: "Enter")
    #expect(session.waitForExit() == 3)
    #expect(try session.capture().contains("got:abc"))
  }
}
