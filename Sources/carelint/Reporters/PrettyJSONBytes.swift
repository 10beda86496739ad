import CareLint

/// Pretty-printed JSON written straight into bytes, in exactly the layout of `JSONWriter.write(_:indent:level:)`
/// (the same bytes, which `JSONReporterTests` checks), without building a `JSONWriter.Value` tree first: the JSON
/// report of a large run spent more on the tree (a node per value, padding strings per container) than on the
/// lint.
struct PrettyJSONBytes {
    private(set) var bytes: [UInt8] = []
    private let indent: Int
    /// The nesting depth of the innermost open container (the value written at `baseLevel` is at its level).
    private var level: Int
    /// Per open container: whether it has an item yet.
    private var hasItems: [Bool] = []

    /// A writer for one value that sits `level` deep in a document written around it (its first line is not
    /// indented), indented `indent` spaces a level.
    init(indent: Int = 2, level: Int) {
        self.indent = indent
        self.level = level
        bytes.reserveCapacity(1024)
    }

    /// Opens an object (`{`) or array (`[`), as a value.
    mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        hasItems.append(false)
        level += 1
    }

    /// Closes the innermost container with `bracket` (`}` or `]`).
    mutating func close(_ bracket: UInt8) {
        level -= 1
        if hasItems.removeLast() {
            bytes.append(0x0A)
            pad(indent * level)
        }
        bytes.append(bracket)
    }

    /// Starts the next item of the innermost array.
    mutating func item() {
        bytes.append(contentsOf: hasItems[hasItems.count - 1] ? [0x2C, 0x0A] : [0x0A])
        hasItems[hasItems.count - 1] = true
        pad(indent * level)
    }

    /// Starts member `key` of the innermost object; its value follows.
    mutating func key(_ key: String) {
        item()
        string(key)
        bytes.append(0x3A)
        bytes.append(0x20)
    }

    /// A string value, escaped as `JSONWriter` escapes it.
    mutating func string(_ text: String) {
        JSONEscape.append(text, to: &bytes)
    }

    /// An integer value.
    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A boolean value.
    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    private mutating func pad(_ count: Int) {
        for _ in 0..<count { bytes.append(0x20) }
    }
}
