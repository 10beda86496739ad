import CareLint
import Foundation

/// A document the client has open: its latest text, the client's version and the server's own revision.
struct OpenDocument: Sendable {
    /// The client's name for it.
    let uri: DocumentURI
    /// The client's language id (`markdown`, `html`, `plaintext` …).
    let languageId: String
    /// The version the client gave the latest text.
    var version: Int
    /// The latest text, with its line index.
    var source: SourceDocument
    /// Counts every change the server applied; unlike the client's version it only goes up.
    var revision: Int

    /// The file path for a `file:` URI.
    var path: String? { DocumentStore.path(of: uri) }

    /// True for prose CareLint checks: Markdown, HTML and plain text (not the configuration or a pack).
    var isProse: Bool {
        if DocumentFormat(languageId: languageId) != nil { return true }
        switch languageId.lowercased() {
        case "json", "jsonc": return false
        default: return DocumentFormat.isProse(path: uri)
        }
    }

    /// The prose format, from the language id first and the file name second.
    static func format(languageId: String, uri: DocumentURI) -> DocumentFormat {
        DocumentFormat(languageId: languageId) ?? DocumentFormat(path: uri)
    }
}

/// Why a change could not be applied.
struct EditRejection: Error, Sendable {
    var message: String
}

/// The documents the client has open, with their text kept in step with the client's edits.
struct DocumentStore: Sendable {
    private(set) var documents: [DocumentURI: OpenDocument] = [:]
    private var nextRevision = 1

    /// The open document with a URI.
    subscript(uri: DocumentURI) -> OpenDocument? { documents[uri] }

    /// Opens (or reopens) a document.
    @discardableResult
    mutating func open(uri: DocumentURI, languageId: String, version: Int, text: String) -> OpenDocument {
        let source = SourceDocument(path: DocumentStore.path(of: uri) ?? uri, text: text, format: OpenDocument.format(languageId: languageId, uri: uri))
        let document = OpenDocument(uri: uri, languageId: languageId, version: version, source: source, revision: takeRevision())
        documents[uri] = document
        return document
    }

    /// Applies a client's changes, in order. Either every change applies or none does: a change outside the text
    /// leaves the document as it was. Returns the document and the changes in bytes (nil when one replaced the
    /// whole text).
    @discardableResult
    mutating func change(uri: DocumentURI, version: Int, changes: [TextDocumentContentChangeEvent], encoding: PositionEncoding) throws(EditRejection) -> (document: OpenDocument, edits: [ByteEdit]?) {
        guard var document = documents[uri] else {
            throw EditRejection(message: "\(uri) is not open; a textDocument/didOpen must come before its changes")
        }
        var source = document.source
        var edits: [ByteEdit]? = []
        for (index, change) in changes.enumerated() {
            guard let range = change.range else {
                source = SourceDocument(path: source.path, text: change.text, format: source.format)
                edits = nil
                continue
            }
            guard let bytes = source.byteRange(of: range, encoding) else {
                throw EditRejection(message: "change \(index + 1) of version \(version) of \(uri) has the range \(Self.describe(range)), outside the document's \(source.lineCount) lines or reversed; the change was not applied")
            }
            let inserted = Array(change.text.utf8)
            edits?.append(ByteEdit(range: bytes, insertedCount: inserted.count))
            // The old line index spliced (`SourceDocument(editing:)`); a change that splits a character is
            // indexed whole, its bytes repaired.
            if let edited = SourceDocument(editing: source, replacing: bytes, with: inserted) {
                source = edited
            } else {
                var text = source.bytes
                text.replaceSubrange(bytes, with: inserted)
                source = SourceDocument(path: source.path, bytes: text, format: source.format)
                    ?? SourceDocument(path: source.path, text: String(decoding: text, as: UTF8.self), format: source.format)
            }
        }
        document.source = source
        document.version = version
        document.revision = takeRevision()
        documents[uri] = document
        return (document, edits)
    }

    /// Closes a document.
    mutating func close(uri: DocumentURI) -> OpenDocument? {
        documents.removeValue(forKey: uri)
    }

    /// The open document with a file path, if any.
    func document(atPath path: String) -> OpenDocument? {
        let wanted = URL(fileURLWithPath: path).standardizedFileURL.path
        return documents.values.first { $0.path.map { URL(fileURLWithPath: $0).standardizedFileURL.path } == wanted }
    }

    private mutating func takeRevision() -> Int {
        defer { nextRevision += 1 }
        return nextRevision
    }

    static func describe(_ range: LSPRange) -> String {
        "\(range.start.line):\(range.start.character)-\(range.end.line):\(range.end.character)"
    }

    /// The path of a `file:` URI (percent-decoded), or nil for other schemes.
    static func path(of uri: DocumentURI) -> String? {
        guard uri.hasPrefix("file:") , let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        return path.isEmpty ? nil : path
    }

    /// The `file:` URI of a path.
    static func uri(ofPath path: String) -> DocumentURI {
        URL(fileURLWithPath: path).absoluteString
    }
}
