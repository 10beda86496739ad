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
    /// What is wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// An error at a byte offset of a file's bytes.
    public init(file: String, bytes: [UInt8], offset: Int, message: String) {
        let source = SourceDocument(path: file, bytes: bytes, format: .plainText)
            ?? SourceDocument(path: file, text: String(decoding: bytes, as: UTF8.self), format: .plainText)
        let position = source.position(at: offset)
        self.init(file: file, line: position.line, column: position.column, message: message)
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): error: \(message)"
    }
}
