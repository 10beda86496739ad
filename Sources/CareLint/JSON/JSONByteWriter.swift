/// JSON written straight into bytes, value by value, without building a `JSONWriter.Value` tree first: the one
/// layout of CareLint's JSON (`JSONWriter.write` goes through it too). Pretty-printed with `indent` > 0 (one
/// member or item a line, `": "` after keys), compact with 0. The JSON report of a large run spent more on a value
/// tree (a node per value, padding strings per container) than on the lint, so it writes here directly.
public struct JSONByteWriter {
    public private(set) var bytes: [UInt8] = []
    private let indent: Int
    /// The nesting depth of the innermost open container (the value written at `baseLevel` is at its level).
    private var level: Int
    /// Per open container: whether it has an item yet.
    private var hasItems: [Bool] = []

    /// A writer for one value that sits `level` deep in a document written around it (its first line is not
    /// indented), indented `indent` spaces a level (0: compact).
    public init(indent: Int = 2, level: Int = 0) {
        self.indent = indent
        self.level = level
        bytes.reserveCapacity(1024)
    }

    /// Opens an object (`{`) or array (`[`), as a value.
    public mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        hasItems.append(false)
        level += 1
    }

    /// Closes the innermost container with `bracket` (`}` or `]`).
    public mutating func close(_ bracket: UInt8) {
        level -= 1
        if hasItems.removeLast(), indent > 0 {
            bytes.append(0x0A)
            pad(indent * level)
        }
        bytes.append(bracket)
    }

    /// Starts the next item of the innermost array.
    public mutating func item() {
        if hasItems[hasItems.count - 1] { bytes.append(0x2C) }
        hasItems[hasItems.count - 1] = true
        if indent > 0 {
            bytes.append(0x0A)
            pad(indent * level)
        }
    }

    /// Starts member `key` of the innermost object; its value follows.
    public mutating func key(_ key: String) {
        item()
        string(key)
        bytes.append(0x3A)
        if indent > 0 { bytes.append(0x20) }
    }

    /// A string value, escaped by ``JSONEscape``.
    public mutating func string(_ text: String) {
        JSONEscape.append(text, to: &bytes)
    }

    /// An integer value.
    public mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A boolean value.
    public mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    /// A number: whole numbers below 10^15 without a fraction, non-finite ones as `null` (JSON has no NaN).
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        if value == value.rounded(), abs(value) < 1e15 { int(Int(value)) } else { bytes.append(contentsOf: "\(value)".utf8) }
    }

    /// `null`.
    public mutating func null() {
        bytes.append(contentsOf: Array("null".utf8))
    }

    /// A whole value tree.
    public mutating func value(_ value: JSONWriter.Value) {
        switch value {
        case .null: null()
        case .bool(let bool): self.bool(bool)
        case .int(let int): self.int(int)
        case .double(let double): self.double(double)
        case .string(let string): self.string(string)
        case .array(let items):
            open(0x5B)
            for item in items {
                self.item()
                self.value(item)
            }
            close(0x5D)
        case .object(let members):
            open(0x7B)
            for (key, item) in members {
                self.key(key)
                self.value(item)
            }
            close(0x7D)
        }
    }

    private mutating func pad(_ count: Int) {
        for _ in 0..<count { bytes.append(0x20) }
    }
}
