/// A document URI as the client sends it (`file:///…`, `untitled:…`).
public typealias DocumentURI = String

/// A 0-based line and a character offset in the negotiated position encoding.
public struct Position: Codable, Sendable, Hashable, Comparable {
    /// 0-based line.
    public var line: Int
    /// 0-based offset in the line, in code units of the negotiated encoding (UTF-16 unless UTF-8 was agreed).
    public var character: Int

    /// Creates a position.
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}

/// A range between two positions; `end` is exclusive.
public struct LSPRange: Codable, Sendable, Hashable {
    /// Where it starts.
    public var start: Position
    /// Where it ends (exclusive).
    public var end: Position

    /// Creates a range.
    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// A range from (line, character) pairs.
    public init(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int) {
        self.init(start: Position(line: startLine, character: startCharacter), end: Position(line: endLine, character: endCharacter))
    }
}

/// A place in a document.
public struct Location: Codable, Sendable, Hashable {
    /// The document.
    public var uri: DocumentURI
    /// The range.
    public var range: LSPRange
}

/// Names a document.
public struct TextDocumentIdentifier: Codable, Sendable, Hashable {
    /// The document.
    public var uri: DocumentURI
}

/// Names a document at a version (null: the version on disk).
public struct OptionalVersionedTextDocumentIdentifier: Codable, Sendable, Hashable {
    /// The document.
    public var uri: DocumentURI
    /// The version the edits apply to, or nil for the file on disk.
    public var version: Int?

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uri, forKey: .uri)
        if let version { try container.encode(version, forKey: .version) } else { try container.encodeNil(forKey: .version) }
    }
}

/// A document and a position in it.
public struct TextDocumentPositionParams: Codable, Sendable {
    /// The document.
    public var textDocument: TextDocumentIdentifier
    /// The position.
    public var position: Position
}

/// One replacement of a range by new text.
public struct LSPTextEdit: Codable, Sendable, Hashable {
    /// The range replaced.
    public var range: LSPRange
    /// The text written in its place.
    public var newText: String
}

/// How positions are counted: negotiated at `initialize` (LSP 3.17).
public enum PositionEncoding: String, Codable, Sendable {
    /// Bytes of UTF-8.
    case utf8 = "utf-8"
    /// Code units of UTF-16 (the default; an emoji counts 2).
    case utf16 = "utf-16"
    /// Unicode scalars, as editors that count characters do (an emoji counts 1).
    case utf32 = "utf-32"
}

/// The kind of a `window/showMessage`.
public enum MessageType: Int, Codable, Sendable {
    case error = 1, warning = 2, info = 3, log = 4
}

/// `window/showMessage` and `window/logMessage` parameters.
public struct ShowMessageParams: Codable, Sendable, Equatable {
    /// The kind.
    public var type: MessageType
    /// The text.
    public var message: String
}

/// `$/cancelRequest` parameters.
struct CancelParams: Codable, Sendable {
    var id: RequestID
}
