/// Fixed names: multi-word names of diseases, tests, procedures, body parts, drugs and organisations that no rule
/// may rewrite word by word ("oral cavity cancer" is not "by mouth cavity cancer", "cerebral palsy" is not "brain
/// palsy"). A rule may flag or replace a name as a whole; an edit inside one is dropped by the `Linter`.
///
/// Names come from three places, found in one pass over the tokens:
/// - the bundled list `Dictionaries/names.txt` (see `scripts/dictionaries/make_names.py`), matched with a trie;
/// - the vocabulary's multi-word terms and variants (not its `avoid` forms, which exist to be replaced);
/// - naming patterns: a run of two or more capitalized words, with "of", "on", "for", "and", "the" or "in" inside
///   ("National Institute on Drug Abuse", "American Cancer Society"; an ordinary word opening a sentence does not
///   count), a capitalized word before a disease head ("Crohn's disease", "Hodgkin lymphoma") and any word before
///   "syndrome", "palsy", "sclerosis", "fibrosis" or "dystrophy" ("cerebral palsy").
struct FixedNames: Sendable {
    private var lexicon = Lexicon()
    private var trie = TokenTrie()

    /// The bundled list, parsed once per process.
    static let builtIn: FixedNames = {
        let text = EmbeddedResources.files.first { $0.name == "Dictionaries/names.txt" }?.text ?? ""
        return FixedNames(names: text.split(whereSeparator: \.isNewline).map(String.init))
    }()

    /// Lower-case words that end a name after a capitalized word: "Crohn's disease", "Wilms tumor".
    static let diseaseHeads: Set<String> = [
        "disease", "syndrome", "palsy", "lymphoma", "sarcoma", "tumor", "tumour", "anomaly", "disorder", "ulcer",
        "test", "sign", "reflex", "procedure", "operation", "maneuver", "manoeuvre", "fever", "virus", "scale",
        "score", "classification", "criteria", "staging", "regimen", "cell", "cells", "node", "nodes", "gland",
    ]
    /// Small words a capitalized name may hold inside: "Institute on Drug Abuse", "Department of Health".
    static let nameConnectors: Set<String> = ["of", "on", "for", "and", "the", "in", "&"]

    /// A list of names, each two words or more (shorter lines are skipped).
    init(names: [String]) {
        var payload: Int32 = 0
        for name in names {
            guard let words = Self.words(of: name), words.count >= 2 else { continue }
            trie.insert(words.map { lexicon.intern($0) }, payload: payload)
            payload += 1
        }
    }

    /// The words of a name as the document tokenizer splits them, or nil.
    private static func words(of name: String) -> [ArraySlice<UInt8>]? {
        if let words = VocabularyBuilder.plainWords(name) { return words }
        let bytes = Array(name.utf8)
        var layout = ProseLayout()
        layout.blocks = [ProseBlock(kind: .paragraph, segments: [0..<bytes.count])]
        let (tokens, sentences) = Tokenizer.tokenize(bytes, layout: layout)
        guard !tokens.isEmpty, sentences.count == 1, tokens.count <= TokenTrie.maximumPatternLength else { return nil }
        return tokens.map { bytes[$0.start..<$0.end] }
    }

    /// The byte ranges of every fixed name in the analysed document, sorted by start; overlapping names are merged.
    func spans(in analysis: DocumentAnalysis) -> [ByteRange] {
        let document = analysis.document
        let tokens = document.tokens
        var spans: [ByteRange] = []
        // The bundled list.
        if !trie.isEmpty {
            let bytes = document.source.bytes
            let ids = tokens.map { $0.kind == .word ? lexicon.lookup(bytes[$0.start..<$0.end]) : -1 }
            trie.forEachMatch(wordIDs: ids, tokens: tokens, in: 0..<tokens.count) { start, end, _ in
                spans.append(tokens[start].start..<tokens[end - 1].end)
            }
        }
        // The vocabulary's multi-word names.
        for match in analysis.termMatches where match.tokenEnd - match.tokenStart >= 2 && match.form.kind != .avoid {
            spans.append(match.range)
        }
        let words = WordList.builtIn(locale: analysis.locale)
        spans += Self.patternSpans(document) { words.contains($0) }
        return Self.merged(spans)
    }

    /// Heads that make the word before them part of a name, in any case: "cerebral palsy", "nephrotic syndrome".
    static let nameHeads: Set<String> = ["syndrome", "palsy", "sclerosis", "fibrosis", "dystrophy"]
    /// Words before a name head that are not part of the name.
    static let notNameWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "your", "my", "his", "her", "their", "our", "its", "of", "or",
        "and", "to", "with", "for", "any", "some", "no", "other", "such", "each", "every", "which", "what", "rare",
    ]

    /// Names found by their shape: capitalized runs, "Name disease" and "word syndrome". `isWord` says whether a
    /// capitalized word that opens a sentence is an ordinary word there ("The", "Down"), which starts no name.
    static func patternSpans(_ document: ParsedDocument, isWord: (ArraySlice<UInt8>) -> Bool) -> [ByteRange] {
        let tokens = document.tokens
        var spans: [ByteRange] = []
        func isCapital(_ index: Int) -> Bool {
            guard tokens[index].kind == .word, tokens[index].has(Token.capitalized) || tokens[index].has(Token.allCaps) else { return false }
            if document.opensSentence(index), !tokens[index].has(Token.allCaps) {
                var lowered = Array(document.bytes(of: tokens[index]))
                lowered[0] |= 0x20
                return !isWord(lowered[...])
            }
            return true
        }
        func lowerWord(_ index: Int) -> String? {
            guard index < tokens.count, tokens[index].kind == .word else { return nil }
            return document.text(of: tokens[index]).lowercased()
        }
        for index in tokens.indices.dropFirst() where tokens[index].kind == .word && tokens[index - 1].kind == .word
            && tokens[index].sentence == tokens[index - 1].sentence {
            guard let head = lowerWord(index), nameHeads.contains(head), let before = lowerWord(index - 1), !notNameWords.contains(before) else { continue }
            spans.append(tokens[index - 1].start..<tokens[index].end)
        }
        var index = 0
        while index < tokens.count {
            guard isCapital(index) else { index += 1; continue }
            let sentence = tokens[index].sentence
            var end = index + 1   // one past the last capitalized word of the run
            var capitals = 1
            var next = index + 1
            while next < tokens.count, tokens[next].sentence == sentence {
                if isCapital(next) {
                    capitals += 1
                    end = next + 1
                    next += 1
                } else if let word = lowerWord(next), nameConnectors.contains(word), next + 1 < tokens.count,
                          tokens[next + 1].sentence == sentence, isCapital(next + 1) {
                    next += 1
                } else {
                    break
                }
            }
            if end < tokens.count, tokens[end].sentence == sentence, let head = lowerWord(end), diseaseHeads.contains(head) {
                end += 1
                capitals += 1
            }
            if capitals >= 2 { spans.append(tokens[index].start..<tokens[end - 1].end) }
            index = end
        }
        return spans
    }

    /// Sorted, overlapping ranges joined.
    static func merged(_ spans: [ByteRange]) -> [ByteRange] {
        var result: [ByteRange] = []
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, span.lowerBound < last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// True when `edit` changes a name without replacing all of it: it lies inside a name or crosses its edge (an
    /// insertion inside a name counts: "upper GI series" must not become "upper gastrointestinal (GI) series").
    static func breaks(_ edit: TextEdit, spans: [ByteRange]) -> Bool {
        let range = edit.range
        for span in spans {
            if span.lowerBound >= max(range.upperBound, range.lowerBound + 1) { break }
            if range.isEmpty {
                if span.lowerBound < range.lowerBound && range.lowerBound < span.upperBound { return true }
                continue
            }
            guard range.overlaps(span) else { continue }
            if range.lowerBound <= span.lowerBound && range.upperBound >= span.upperBound { continue }
            return true
        }
        return false
    }
}
