import Foundation

/// The word-list verdict on each distinct spelling of a document, shared by `spelling/unknown-word` and
/// `vocab/misspelling`: the general list of the document's locale, the medical lexicon and word building are asked
/// once per distinct word, not once per token and rule. Computed on first use (a document whose spelling rules are
/// off never loads the lists), then read without locking.
final class SpellingVerdicts: @unchecked Sendable {
    /// The word is in the locale's general list or the medical lexicon (`WordList` case rules).
    static let listed: UInt8 = 1
    /// Not listed, but built from known parts (`KnownWords.isDerivedWord`).
    static let derived: UInt8 = 2
    /// Not a word to spell: an abbreviation with periods, a symbol with a capital inside ("mmHg"), a pronunciation
    /// guide ("sir-ROH-sis").
    static let notAWord: UInt8 = 4

    private let lock = NSLock()
    private var verdicts: [UInt8]?
    /// `ComplexLanguage.isUncommon` of each distinct exact spelling (`vocab/uncommon-word` and the rare words of
    /// `vocab/define-on-first-use` ask it of every word token).
    private let uncommon = LazyValue<[Bool]>()

    /// `ComplexLanguage.isUncommon` by exact-spelling id of `words`, computed once.
    func uncommonSpellings(_ words: DocumentWords, document: ParsedDocument) -> [Bool] {
        uncommon.get {
            let bytes = document.source.bytes
            return words.exactRanges.map { ComplexLanguage.isUncommon(bytes[$0]) }
        }
    }

    /// The verdicts by exact-spelling id of `words`, computed once.
    func verdicts(_ words: DocumentWords, document: ParsedDocument, locale: String) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if let verdicts { return verdicts }
        let list = WordList.builtIn(locale: locale)
        let bytes = document.source.bytes
        var result = [UInt8](repeating: 0, count: words.exactCount)
        for id in 0..<words.exactCount {
            let word = bytes[words.exactRanges[id]]
            var verdict: UInt8 = 0
            if word.contains(0x2E) || KnownWords.hasInnerCapital(word) || KnownWords.isPronunciationGuide(word) { verdict |= Self.notAWord }
            if list.contains(word) || KnownWords.medical.contains(word) {
                verdict |= Self.listed
            } else if KnownWords.isDerivedWord(word, list) {
                verdict |= Self.derived
            }
            result[id] = verdict
        }
        verdicts = result
        return result
    }
}

extension DocumentAnalysis {
    /// The spelling verdict (`SpellingVerdicts` flags) of each distinct exact spelling, by `distinctWords.exactID`.
    func spellingVerdicts() -> [UInt8] {
        spelling.verdicts(distinctWords, document: document, locale: locale)
    }

    /// `ComplexLanguage.isUncommon` of each distinct exact spelling, by `distinctWords.exactID`.
    func uncommonSpellings() -> [Bool] {
        spelling.uncommonSpellings(distinctWords, document: document)
    }

    /// `ComplexLanguage.isUncommonWord(index, in: document)`, reading the word's verdict from `uncommon` (from
    /// `uncommonSpellings()`): the word lists are asked once per distinct spelling, not per token.
    @inline(__always) func isUncommonWord(_ index: Int, uncommon: [Bool]) -> Bool {
        let token = document.tokens[index]
        guard token.kind == .word, !token.has(Token.allCaps), !token.has(Token.hasDigit) else { return false }
        if token.has(Token.capitalized) && !document.opensSentence(index) { return false }
        return uncommon[Int(distinctWords.exactID[index])]
    }
}
