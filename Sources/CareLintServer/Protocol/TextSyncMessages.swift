/// A document as the client opens it.
struct TextDocumentItem: Codable, Sendable {
    var uri: DocumentURI
    var languageId: String
    var version: Int
    var text: String
}

/// `textDocument/didOpen` parameters.
struct DidOpenTextDocumentParams: Codable, Sendable {
    var textDocument: TextDocumentItem
}

/// Names a document at a version.
struct VersionedTextDocumentIdentifier: Codable, Sendable {
    var uri: DocumentURI
    var version: Int
}

/// One change: a range replaced by text, or (no range) the whole new text.
struct TextDocumentContentChangeEvent: Codable, Sendable {
    var range: LSPRange?
    var text: String
}

/// `textDocument/didChange` parameters.
struct DidChangeTextDocumentParams: Codable, Sendable {
    var textDocument: VersionedTextDocumentIdentifier
    var contentChanges: [TextDocumentContentChangeEvent]
}

/// `textDocument/didSave` parameters.
struct DidSaveTextDocumentParams: Codable, Sendable {
    var textDocument: TextDocumentIdentifier
    var text: String?
}

/// `textDocument/didClose` parameters.
struct DidCloseTextDocumentParams: Codable, Sendable {
    var textDocument: TextDocumentIdentifier
}
