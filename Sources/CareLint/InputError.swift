/// A problem with an input the user gave: a vocabulary pack, a configuration file, a command-line argument.
///
/// Its description reads like a compiler's: `file:line:column: error: message`.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or `<command line>`).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column in Unicode scalars, when known.
    public var column: Int?
    /// What is wrong and what to do, on one line: control characters quoted from the input are escaped.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = InputError.escapingControlCharacters(message)
    }

    /// The text with line ends, tabs and other control characters written as escapes (`\n`, `\t`, `\u{1B}`),
    /// so a message that quotes the input stays one line and cannot drive a terminal.
    static func escapingControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return text }
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\r": escaped.append(contentsOf: "\\r".unicodeScalars)
            case "\t": escaped.append(contentsOf: "\\t".unicodeScalars)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    escaped.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
                } else {
                    escaped.append(scalar)
                }
            }
        }
        return String(escaped)
    }

    /// An error at a byte offset of a file's bytes.
    public init(file: String, bytes: [UInt8], offset: Int, message: String) {
        self.init(file: file, document: InputError.document(file, bytes), offset: offset, message: message)
    }

    /// An error at a byte offset of a document already indexed (cheaper when one file has many errors).
    public init(file: String, document: SourceDocument, offset: Int, message: String) {
        let position = document.position(at: offset)
        self.init(file: file, line: position.line, column: position.column, message: message)
    }

    /// A file's bytes indexed for positions (invalid UTF-8 is decoded with replacement characters).
    static func document(_ file: String, _ bytes: [UInt8]) -> SourceDocument {
        SourceDocument(path: file, bytes: bytes, format: .plainText)
            ?? SourceDocument(path: file, text: String(decoding: bytes, as: UTF8.self), format: .plainText)
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): error: \(message)"
    }
}

extension String {
    /// The text in double quotes for a message, shortened in the middle when long, so that an error about a
    /// megabyte-long name is still one readable line.
    public var quotedForMessage: String {
        let limit = 80
        guard unicodeScalars.count > limit else { return "\"\(self)\"" }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: unicodeScalars.prefix(limit / 2))
        scalars.append(contentsOf: "…".unicodeScalars)
        scalars.append(contentsOf: unicodeScalars.suffix(limit / 2 - 10))
        return "\"\(String(scalars))\" (\(utf8.count) bytes)"
    }
}
