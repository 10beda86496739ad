import CareLint
import Foundation

/// What linting one revision of a document gave; cached until the document or the configuration changes, so
/// code actions and hover never lint again.
struct LintResult: Sendable {
    /// The document's revision this is for.
    var revision: Int
    /// The client's version.
    var version: Int
    /// The text linted.
    var source: SourceDocument
    /// CareLint's diagnostics, in document order.
    var diagnostics: [Diagnostic]
    /// The same, as the protocol shows them (same order), plus any configuration problems.
    var published: [LSPDiagnostic]
    /// The analysis (vocabulary matches …), for hover.
    var analysis: DocumentAnalysis?
    /// The settings used.
    var settings: FileSettings?
    /// Identifies this result for pulled diagnostics.
    var resultID: String
}

/// Linting, pushing diagnostics after open/change/save, and `textDocument/diagnostic`.
extension LanguageServer {
    func markDirty(_ uri: DocumentURI) {
        diagnostics.markDirty(uri, arrival: batchArrival)
    }

    /// Lints every document changed since the last time, at its latest revision, and pushes the results.
    func lintDirtyDocuments() {
        reloadIfEditedConfigurationChanged()
        for (uri, since) in diagnostics.takeDirty() {
            guard let document = documents[uri] else { continue }
            let result = currentResult(for: document)
            if !client.pullDiagnostics {
                publish(PublishDiagnosticsParams(uri: uri, version: result.version, diagnostics: result.published))
                if log.logs(.debug), let since, since > 0 {
                    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - since) / 1e6
                    log.debug("published \(result.published.count) diagnostics for \(uri) version \(result.version) \(String(format: "%.2f", elapsed)) ms after the change was read")
                }
            }
        }
    }

    /// The lint result for a document's current revision, linting it if needed.
    func currentResult(for document: OpenDocument) -> LintResult {
        if let cached = diagnostics.result(for: document) { return cached }
        let result = lint(document)
        diagnostics.store(result, for: document.uri)
        return result
    }

    private func lint(_ document: OpenDocument) -> LintResult {
        let resultID = diagnostics.nextResultID(revision: document.revision)
        var result = LintResult(revision: document.revision, version: document.version, source: document.source, diagnostics: [], published: [], analysis: nil, settings: nil, resultID: resultID)
        guard document.isProse else {
            result.published = diagnostics.configurationProblems(of: document.uri) ?? []
            return result
        }
        guard document.source.bytes.count <= options.maximumDocumentBytes else {
            if diagnostics.noteTooLarge(document.uri) {
                let megabytes = String(format: "%.1f", Double(document.source.bytes.count) / 1_048_576)
                showMessage(.warning, "carelint: \(document.uri) is \(megabytes) MB, larger than the \(options.maximumDocumentBytes >> 20) MB carelint-lsp checks as you type (--max-document-size); run `carelint check` on it instead.")
            }
            return result
        }
        diagnostics.noteSmallEnough(document.uri)
        let settings = settings(for: document)
        result.settings = settings
        guard !settings.isIgnored else { return result }
        let started = DispatchTime.now().uptimeNanoseconds
        // Only the blocks changed since the last lint are checked again (`IncrementalLint`); the findings are those
        // of a full lint.
        var engine = diagnostics.takeIncremental(document.uri, linter: settings.linter)
        let (found, analysis) = engine.lint(ParsedDocument(document.source), configuration: settings.configuration, localeOverride: settings.localeOverride)
        diagnostics.keep(engine, for: document.uri)
        result.diagnostics = found
        result.analysis = analysis
        result.published = found.map { lspDiagnostic($0, in: document.source, uri: document.uri) }
        if log.logs(.debug) {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            log.debug("linted \(document.uri) version \(document.version) (\(document.source.bytes.count) bytes) in \(String(format: "%.2f", elapsed)) ms: \(found.count) diagnostics; \(engine.last.wholeDocument ? "every block checked" : "\(engine.last.blocks - engine.last.reused) of \(engine.last.blocks) blocks checked")")
        }
        return result
    }

    /// A CareLint diagnostic as the protocol shows it.
    func lspDiagnostic(_ diagnostic: Diagnostic, in source: SourceDocument, uri: DocumentURI) -> LSPDiagnostic {
        let encoding = client.positionEncoding
        let related = diagnostic.related.map {
            LSPDiagnostic.RelatedInformation(location: Location(uri: uri, range: source.lspRange($0.range, encoding)), message: $0.message)
        }
        let fixes = diagnostic.fixes.map { fix in
            LSPDiagnostic.FixData(title: fix.title, edits: fix.edits.map { LSPTextEdit(range: source.lspRange($0.range, encoding), newText: $0.newText) }, isSafe: fix.isSafe)
        }
        return LSPDiagnostic(
            range: source.lspRange(diagnostic.range, encoding),
            severity: Self.severityNumber(diagnostic.severity),
            code: diagnostic.rule,
            codeDescription: .init(href: Self.documentationURL(diagnostic.rule)),
            source: "carelint",
            message: diagnostic.message,
            relatedInformation: related.isEmpty || !client.relatedInformation ? nil : related,
            data: fixes.isEmpty ? nil : .init(fixes: fixes)
        )
    }

    static func severityNumber(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    /// Where a rule's documentation lives (`carelint explain RULE` prints the same page).
    static func documentationURL(_ rule: String) -> String { "https://carelint.dev/rules/\(rule)" }

    func pullDiagnostics(_ params: DocumentDiagnosticParams) throws(ResponseError) -> DocumentDiagnosticReport {
        guard let document = documents[params.textDocument.uri] else {
            throw ResponseError.invalidParams("textDocument/diagnostic: \(params.textDocument.uri) is not open; send textDocument/didOpen first")
        }
        reloadIfEditedConfigurationChanged()
        let result = currentResult(for: document)
        if params.previousResultId == result.resultID { return .unchanged(resultId: result.resultID) }
        return .full(result.published, resultId: result.resultID)
    }
}
