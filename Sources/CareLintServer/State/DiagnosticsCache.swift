import CareLint
import Foundation

/// What the server knows of each document's diagnostics: the lint result of its latest linted revision, which
/// documents wait to be linted (and since when), configuration problems shown on open configuration files, and
/// which documents were too large to check.
struct DiagnosticsCache {
    private var results: [DocumentURI: LintResult] = [:]
    /// Each document's block findings, so that after an edit only the changed blocks are checked again.
    private var incremental: [DocumentURI: IncrementalLint] = [:]
    /// Documents changed since they were last published, in the order of their first change.
    private var dirty: [DocumentURI] = []
    /// When each dirty document's first unpublished change was read.
    private var changedSince: [DocumentURI: UInt64] = [:]
    private var generation = 0
    /// Faults of configuration files and packs, by the open document they point into.
    private var configurationProblems: [DocumentURI: [LSPDiagnostic]] = [:]
    /// Documents the writer was told are too large, so the warning is not repeated after every change.
    private var largeDocumentsReported: Set<DocumentURI> = []
    /// The first answers published after an edit (`ProvisionalLint`), by document, until the exact one.
    private var provisional: [DocumentURI: LintResult] = [:]
    /// The edits since each document's last answer (exact or provisional), and that answer's revision; nil edits
    /// when a change replaced the whole text.
    private var edits: [DocumentURI: (since: Int, edits: [ByteEdit]?)] = [:]
    /// Documents whose exact answer is scheduled, with the token of the latest schedule.
    private var exactDue: [DocumentURI: Int] = [:]

    /// The cached result of a document, when it is for the document's current revision.
    func result(for document: OpenDocument) -> LintResult? {
        guard let cached = results[document.uri], cached.revision == document.revision else { return nil }
        return cached
    }

    /// The last result of a document, whatever its revision (what an incremental lint starts from).
    func lastResult(for uri: DocumentURI) -> LintResult? { results[uri] }

    /// Keeps a result; returns the one it replaced (to be freed off the server's queue: `releaseInBackground`).
    mutating func store(_ result: LintResult, for uri: DocumentURI) -> LintResult? {
        edits[uri] = nil
        return results.updateValue(result, forKey: uri)
    }

    // MARK: Provisional answers

    /// Notes a client's change, made to the revision `previous` (`edits` nil when it replaced the whole text).
    mutating func noteEdits(_ uri: DocumentURI, previous: Int, _ changes: [ByteEdit]?) {
        if let known = edits[uri] {
            edits[uri] = (known.since, known.edits.flatMap { before in changes.map { before + $0 } })
        } else {
            edits[uri] = (previous, changes)
        }
    }

    /// The latest answer of a document (exact or provisional) and the one edit made since, when there was exactly
    /// one: what a provisional answer starts from.
    func provisionalBase(for uri: DocumentURI) -> (result: LintResult, edit: ByteEdit)? {
        guard let pending = edits[uri], let made = pending.edits, made.count == 1 else { return nil }
        let latest = [results[uri], provisional[uri]].compactMap { $0 }.max { $0.revision < $1.revision }
        guard let latest, latest.revision == pending.since, latest.layout != nil else { return nil }
        return (latest, made[0])
    }

    /// Keeps a provisional answer (published, not exact); returns the one it replaced.
    mutating func storeProvisional(_ result: LintResult, for uri: DocumentURI) -> LintResult? {
        edits[uri] = nil
        return provisional.updateValue(result, forKey: uri)
    }

    /// The provisional answer published for a document's revision, if any.
    func provisionalResult(for uri: DocumentURI, revision: Int) -> LintResult? {
        provisional[uri].flatMap { $0.revision == revision ? $0 : nil }
    }

    /// Schedules a document's exact answer; the token names this schedule (a later one replaces it).
    mutating func scheduleExact(_ uri: DocumentURI) -> Int {
        generation += 1
        exactDue[uri] = generation
        return generation
    }

    /// True (and no longer due) when the exact answer scheduled with `token` is the latest schedule.
    mutating func takeExactDue(_ uri: DocumentURI, token: Int) -> Bool {
        guard exactDue[uri] == token else { return false }
        exactDue[uri] = nil
        return true
    }

    /// A new result id for a revision, distinct from every earlier one (so a pull after a reload sees a change).
    mutating func nextResultID(revision: Int) -> String {
        generation += 1
        return "\(revision).\(generation)"
    }

    /// Drops a document's result, so it is linted again from scratch.
    mutating func invalidate(_ uri: DocumentURI) {
        results[uri] = nil
        incremental[uri] = nil
        provisional[uri] = nil
        edits[uri] = nil
    }

    /// The incremental linter of a document (taken out: give it back with `keep`), or a new one for `linter`.
    mutating func takeIncremental(_ uri: DocumentURI, linter: Linter) -> IncrementalLint {
        incremental.removeValue(forKey: uri) ?? IncrementalLint(linter: linter)
    }

    /// Keeps a document's incremental linter for its next lint.
    mutating func keep(_ engine: IncrementalLint, for uri: DocumentURI) {
        incremental[uri] = engine
    }

    /// Drops every result and every configuration problem; returns the documents that had problems.
    mutating func invalidateAll() -> [DocumentURI] {
        results = [:]
        incremental = [:]
        provisional = [:]
        edits = [:]
        let previous = Array(configurationProblems.keys)
        configurationProblems = [:]
        return previous
    }

    /// Notes a change to a document read at `arrival` (uptime nanoseconds).
    mutating func markDirty(_ uri: DocumentURI, arrival: UInt64) {
        if !dirty.contains(uri) { dirty.append(uri) }
        if changedSince[uri] == nil { changedSince[uri] = arrival }
    }

    /// The documents waiting to be linted, in order, and when each first changed; they are no longer waiting.
    mutating func takeDirty() -> [(uri: DocumentURI, since: UInt64?)] {
        let taken = dirty.map { ($0, changedSince[$0]) }
        dirty = []
        for (uri, _) in taken { changedSince[uri] = nil }
        return taken
    }

    /// The configuration problems shown on a document.
    func configurationProblems(of uri: DocumentURI) -> [LSPDiagnostic]? { configurationProblems[uri] }

    /// Sets the configuration problems of a document (none: nil or empty); false when they did not change.
    mutating func setConfigurationProblems(_ problems: [LSPDiagnostic]?, of uri: DocumentURI) -> Bool {
        let next = problems?.isEmpty == false ? problems : nil
        guard (configurationProblems[uri] ?? []) != (next ?? []) else { return false }
        configurationProblems[uri] = next
        results[uri] = nil
        provisional[uri] = nil
        return true
    }

    /// True the first time a document is found too large since it was last small enough.
    mutating func noteTooLarge(_ uri: DocumentURI) -> Bool { largeDocumentsReported.insert(uri).inserted }

    /// Notes that a document is small enough to check again.
    mutating func noteSmallEnough(_ uri: DocumentURI) { largeDocumentsReported.remove(uri) }

    /// Forgets everything about a closed document.
    mutating func forget(_ uri: DocumentURI) {
        results[uri] = nil
        incremental[uri] = nil
        provisional[uri] = nil
        edits[uri] = nil
        exactDue[uri] = nil
        largeDocumentsReported.remove(uri)
        dirty.removeAll { $0 == uri }
        changedSince[uri] = nil
        configurationProblems[uri] = nil
    }
}
