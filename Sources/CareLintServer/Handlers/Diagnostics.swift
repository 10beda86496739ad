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
    /// `published` as JSON, for the next push and for the next answer to copy from.
    var encoded = EncodedDiagnostics()
    /// The analysis (vocabulary matches …), for hover.
    var analysis: DocumentAnalysis?
    /// Where the text's prose is (what a provisional answer after the next edit starts from).
    var layout: ProseLayout?
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

    /// Lints every document changed since the last time, at its latest revision, and pushes the results: after a
    /// small edit a provisional answer at once and the exact one after `Options.settleDelay` (see
    /// docs/incremental-diagnostics.md), otherwise the exact one at once.
    func lintDirtyDocuments() {
        reloadIfEditedConfigurationChanged()
        for (uri, since) in diagnostics.takeDirty() {
            guard let document = documents[uri] else { continue }
            if !client.pullDiagnostics, options.settleDelay > 0, let result = provisionalResult(for: document) {
                releaseInBackground(diagnostics.storeProvisional(result, for: uri))
                publish(result, uri: uri)
                logPublished(result, since: since, "provisional")
                let token = diagnostics.scheduleExact(uri)
                queue.asyncAfter(deadline: .now() + options.settleDelay) { [self] in publishExact(uri, token: token) }
                continue
            }
            let result = currentResult(for: document)
            if !client.pullDiagnostics {
                publish(result, uri: uri)
                logPublished(result, since: since, "exact")
                noteExactPublished(result, uri: uri)
            }
        }
    }

    /// Publishes a document's exact answer after a provisional one, unless a later edit scheduled it again (or
    /// messages wait to be handled: it waits for a quiet moment). Nothing is sent again when the provisional answer
    /// was already exact.
    func publishExact(_ uri: DocumentURI, token: Int) {
        guard exitCode == nil else { return }
        if hasPendingBatches {
            queue.asyncAfter(deadline: .now() + options.settleDelay) { [self] in publishExact(uri, token: token) }
            return
        }
        guard diagnostics.takeExactDue(uri, token: token), let document = documents[uri] else { return }
        let provisional = diagnostics.provisionalResult(for: uri, revision: document.revision)
        let result = currentResult(for: document)
        if result.published != provisional?.published {
            publish(result, uri: uri)
        }
        noteExactPublished(result, uri: uri)
    }

    /// Frees a replaced result on another thread: on a long page its analysis and diagnostics are thousands of
    /// objects, and freeing them took about 8 % of an exact answer on the server's queue (docs/incremental-diagnostics.md).
    /// The result is consumed, so the closure holds its last reference.
    private func releaseInBackground(_ replaced: consuming LintResult?) {
        guard let replaced = consume replaced else { return }
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(replaced) {} }
    }

    /// Pushes a lint result's diagnostics, with the JSON it holds.
    private func publish(_ result: LintResult, uri: DocumentURI) {
        writer.write(body: JSONBytes.publishDiagnostics(uri: uri, version: result.version, result.encoded))
    }

    /// Tells a client that asked (`experimental.carelintExactDiagnostics`) that the diagnostics last published for
    /// a version are the exact ones.
    private func noteExactPublished(_ result: LintResult, uri: DocumentURI) {
        guard client.exactDiagnosticsNotice else { return }
        send(ServerMessages.exactDiagnostics, ExactDiagnosticsParams(uri: uri, version: result.version))
    }

    private func logPublished(_ result: LintResult, since: UInt64?, _ kind: String) {
        guard log.logs(.debug), let since, since > 0 else { return }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - since) / 1e6
        log.debug("published \(result.published.count) \(kind) diagnostics for \(result.source.path) version \(result.version) \(String(format: "%.2f", elapsed)) ms after the change was read")
    }

    /// A provisional answer for a document's current revision (`ProvisionalLint`), when the one edit since its
    /// last answer qualifies.
    private func provisionalResult(for document: OpenDocument) -> LintResult? {
        guard document.isProse, document.source.bytes.count <= options.maximumDocumentBytes,
              let (base, edit) = diagnostics.provisionalBase(for: document.uri), let layout = base.layout, let settings = base.settings,
              !settings.isIgnored else { return nil }
        let started = DispatchTime.now().uptimeNanoseconds
        guard let (found, moved) = ProvisionalLint.lint(after: edit, previous: (base.diagnostics, base.source, layout), source: document.source, linter: settings.linter, configuration: settings.configuration, localeOverride: settings.localeOverride) else { return nil }
        var result = LintResult(revision: document.revision, version: document.version, source: document.source, diagnostics: found, published: [], analysis: nil, layout: moved, settings: settings, resultID: diagnostics.nextResultID(revision: document.revision))
        let reuse = PublishedReuse(found, in: document.source, after: edit, base: (base.diagnostics, base.published, base.source)) {
            lspDiagnostic($0, in: document.source, uri: document.uri)
        }
        result.published = reuse.published
        result.encoded = EncodedDiagnostics(result.published, reusing: (base.published, base.encoded), same: reuse.same)
        if log.logs(.debug) {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            log.debug("provisional answer for \(document.uri) version \(document.version) in \(String(format: "%.2f", elapsed)) ms: \(found.count) diagnostics, \(result.encoded.reused) written before")
        }
        return result
    }

    /// The lint result for a document's current revision, linting it if needed.
    func currentResult(for document: OpenDocument) -> LintResult {
        if let cached = diagnostics.result(for: document) { return cached }
        let result = lint(document)
        releaseInBackground(diagnostics.store(result, for: document.uri))
        return result
    }

    private func lint(_ document: OpenDocument) -> LintResult {
        let resultID = diagnostics.nextResultID(revision: document.revision)
        var result = LintResult(revision: document.revision, version: document.version, source: document.source, diagnostics: [], published: [], analysis: nil, layout: nil, settings: nil, resultID: resultID)
        guard document.isProse else {
            result.published = diagnostics.configurationProblems(of: document.uri) ?? []
            result.encoded = EncodedDiagnostics(result.published)
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
        result.layout = analysis.document.layout
        if let provisional = diagnostics.provisionalResult(for: document.uri, revision: document.revision) {
            // The same text as the provisional answer: its findings off the first line keep their protocol form.
            let reuse = PublishedReuse(found, in: document.source, after: ByteEdit(range: 0..<0, insertedCount: 0), base: (provisional.diagnostics, provisional.published, provisional.source)) {
                lspDiagnostic($0, in: document.source, uri: document.uri)
            }
            result.published = reuse.published
            result.encoded = EncodedDiagnostics(result.published, reusing: (provisional.published, provisional.encoded), same: reuse.same)
        } else {
            result.published = found.map { lspDiagnostic($0, in: document.source, uri: document.uri) }
            let previous = diagnostics.lastResult(for: document.uri)
            result.encoded = EncodedDiagnostics(result.published, reusing: previous.map { ($0.published, $0.encoded) })
        }
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
