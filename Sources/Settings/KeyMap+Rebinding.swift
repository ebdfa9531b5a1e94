import ReaderUI
import TermGrid

extension KeyMap {
  /// Gives `command` exactly `keys` in `scope`: its keys there are replaced, the
  /// keys are taken from any other command of that scope, and bindings left with
  /// no key are dropped. An empty `keys` unbinds the command in the scope.
  public mutating func rebind(_ command: Command, to keys: [Key], in scope: KeyScope) {
    var placed = false
    for index in bindings.indices where bindings[index].scope == scope {
      if bindings[index].command == command {
        bindings[index].keys = placed ? [] : keys
        placed = true
      } else {
        bindings[index].keys.removeAll { keys.contains($0) }
      }
    }
    if !placed { bindings.append(KeyBinding(keys, command, scope)) }
    bindings.removeAll { $0.keys.isEmpty }
  }
}
