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

    /// A writer whose output starts with `prefix` (text that goes before the value, such as a separator).
    public init(indent: Int = 2, level: Int = 0, prefix: StaticString) {
        self.init(indent: indent, level: level)
        bytes.append(contentsOf: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
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

    /// Starts member `key` of the innermost object, a key that needs no escape (a name written in the code, such
    /// as `"range"`): its bytes are copied as they are.
    public mutating func key(plain key: StaticString) {
        item()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x3A)
        if indent > 0 { bytes.append(0x20) }
    }

    /// A string value, escaped by ``JSONEscape``.
    public mutating func string(_ text: String) {
        JSONEscape.append(text, to: &bytes)
    }

    /// An integer value, in decimal.
    public mutating func int(_ value: Int) {
        if value < 0 {
            guard value != Int.min else { return bytes.append(contentsOf: String(value).utf8) }
            bytes.append(0x2D)
        }
        var rest = value.magnitude
        var digits = 1
        var power: UInt = 10
        while digits < 19, rest >= power { digits += 1; power &*= 10 }
        if rest >= power { digits += 1 } // 20 digits: past the loop's last power of ten
        let end = bytes.count + digits
        bytes.append(contentsOf: repeatElement(0x30, count: digits))
        var position = end - 1
        while rest > 0 {
            bytes[position] = 0x30 + UInt8(rest % 10)
            rest /= 10
            position -= 1
        }
    }

    /// A boolean value.
    public mutating func bool(_ value: Bool) {
        if value {
            bytes.append(0x74); bytes.append(0x72); bytes.append(0x75); bytes.append(0x65)
        } else {
            bytes.append(0x66); bytes.append(0x61); bytes.append(0x6C); bytes.append(0x73); bytes.append(0x65)
        }
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
        bytes.append(contentsOf: repeatElement(0x20, count: count))
    }
}
