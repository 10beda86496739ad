/// A diagnostic as the protocol shows it.
public struct LSPDiagnostic: Codable, Sendable, Hashable {
    /// Where.
    public var range: LSPRange
    /// 1 error, 2 warning, 3 information.
    public var severity: Int
    /// The rule id.
    public var code: String?
    /// Where the rule is documented.
    public var codeDescription: CodeDescription?
    /// Always "carelint".
    public var source: String
    /// What is wrong and what to write instead.
    public var message: String
    /// Related places (the first use of an acronym …).
    public var relatedInformation: [RelatedInformation]?
    /// The fixes, so a client can apply one without asking again.
    public var data: DiagnosticData?

    /// A link to a rule's documentation.
    public struct CodeDescription: Codable, Sendable, Hashable {
        /// The address.
        public var href: String
    }

    /// A related place.
    public struct RelatedInformation: Codable, Sendable, Hashable {
        /// The place.
        public var location: Location
        /// What it is.
        public var message: String
    }

    /// What the server attaches to a diagnostic.
    public struct DiagnosticData: Codable, Sendable, Hashable {
        /// The fixes, best first.
        public var fixes: [FixData]
    }

    /// One fix.
    public struct FixData: Codable, Sendable, Hashable {
        /// What it does.
        public var title: String
        /// Its edits.
        public var edits: [LSPTextEdit]
        /// Safe to apply without reading.
        public var isSafe: Bool
    }
}

/// `textDocument/publishDiagnostics` parameters.
public struct PublishDiagnosticsParams: Codable, Sendable {
    /// The document.
    public var uri: DocumentURI
    /// The version the diagnostics were computed for.
    public var version: Int?
    /// All of the document's diagnostics.
    public var diagnostics: [LSPDiagnostic]
}

/// `textDocument/diagnostic` parameters.
struct DocumentDiagnosticParams: Codable, Sendable {
    var textDocument: TextDocumentIdentifier
    var identifier: String?
    var previousResultId: String?
}

/// `textDocument/diagnostic` result: the full report, or "unchanged since `resultId`".
struct DocumentDiagnosticReport: Encodable, Sendable {
    var kind: String
    var resultId: String
    var items: [LSPDiagnostic]?

    static func full(_ items: [LSPDiagnostic], resultId: String) -> DocumentDiagnosticReport {
        DocumentDiagnosticReport(kind: "full", resultId: resultId, items: items)
    }

    static func unchanged(resultId: String) -> DocumentDiagnosticReport {
        DocumentDiagnosticReport(kind: "unchanged", resultId: resultId, items: nil)
    }
}

/// `carelint/exactDiagnostics`: the diagnostics last published for `version` of `uri` equal a full lint (after a
/// provisional answer, or at once). Sent only to a client whose capabilities hold
/// `experimental.carelintExactDiagnostics: true` (the benchmark, which times both answers).
struct ExactDiagnosticsParams: Encodable, Sendable {
    var uri: DocumentURI
    var version: Int
}
