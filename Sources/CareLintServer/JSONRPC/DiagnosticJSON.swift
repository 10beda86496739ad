import CareLint

/// Writes `textDocument/publishDiagnostics` by hand: a document with hundreds of findings is published after every
/// keystroke, and the generic `JSONEncoder` took about a third of the server's time doing it.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Bytes already written as JSON.
    mutating func raw(_ json: ArraySlice<UInt8>) {
        bytes.append(contentsOf: json)
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A JSON string, escaped by the library's ``JSONEscape`` (the same bytes as the CLI's JSON report).
    mutating func string(_ text: String) {
        JSONEscape.append(text, to: &bytes)
    }

    mutating func range(_ range: LSPRange) {
        raw("{\"start\":{\"line\":"); int(range.start.line)
        raw(",\"character\":"); int(range.start.character)
        raw("},\"end\":{\"line\":"); int(range.end.line)
        raw(",\"character\":"); int(range.end.character)
        raw("}}")
    }

    mutating func diagnostic(_ diagnostic: LSPDiagnostic) {
        raw("{\"range\":"); range(diagnostic.range)
        raw(",\"severity\":"); int(diagnostic.severity)
        if let code = diagnostic.code { raw(",\"code\":"); string(code) }
        if let description = diagnostic.codeDescription { raw(",\"codeDescription\":{\"href\":"); string(description.href); raw("}") }
        raw(",\"source\":"); string(diagnostic.source)
        raw(",\"message\":"); string(diagnostic.message)
        if let related = diagnostic.relatedInformation {
            raw(",\"relatedInformation\":[")
            for (index, item) in related.enumerated() {
                if index > 0 { raw(",") }
                raw("{\"location\":{\"uri\":"); string(item.location.uri)
                raw(",\"range\":"); range(item.location.range)
                raw("},\"message\":"); string(item.message); raw("}")
            }
            raw("]")
        }
        if let data = diagnostic.data {
            raw(",\"data\":{\"fixes\":[")
            for (index, fix) in data.fixes.enumerated() {
                if index > 0 { raw(",") }
                raw("{\"title\":"); string(fix.title)
                raw(",\"isSafe\":"); fix.isSafe ? raw("true") : raw("false")
                raw(",\"edits\":[")
                for (position, edit) in fix.edits.enumerated() {
                    if position > 0 { raw(",") }
                    raw("{\"range\":"); range(edit.range)
                    raw(",\"newText\":"); string(edit.newText); raw("}")
                }
                raw("]}")
            }
            raw("]}")
        }
        raw("}")
    }

    /// The whole notification.
    static func publishDiagnostics(_ params: PublishDiagnosticsParams) -> [UInt8] {
        publishDiagnostics(uri: params.uri, version: params.version, EncodedDiagnostics(params.diagnostics))
    }

    /// The whole notification, with its diagnostics written already.
    static func publishDiagnostics(uri: DocumentURI, version: Int?, _ diagnostics: EncodedDiagnostics) -> [UInt8] {
        var json = JSONBytes(capacity: 256 + diagnostics.bytes.count + diagnostics.count)
        json.raw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"uri\":")
        json.string(uri)
        if let version { json.raw(",\"version\":"); json.int(version) }
        json.raw(",\"diagnostics\":[")
        for index in 0..<diagnostics.count {
            if index > 0 { json.raw(",") }
            json.raw(diagnostics.object(index))
        }
        json.raw("]}}")
        return json.bytes
    }
}
