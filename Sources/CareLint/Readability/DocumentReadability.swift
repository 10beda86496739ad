/// Readability figures of a parsed document, over its graded prose (see `DocumentRegions`): paragraphs, list
/// items and definitions; headings, table cells and reference lists left out.
///
/// Words are the document's word and number tokens of at most 30 bytes ("follow-up", "patient's" and "2.5" are one
/// word each);
/// sentences are the tokenizer's (a list item without an end mark is one sentence).
public struct DocumentReadability: Sendable {
    /// The figures of one sentence.
    public struct SentenceFigures: Sendable, Equatable {
        /// Index into the document's sentences.
        public var sentence: Int
        /// The sentence's bytes.
        public var range: ByteRange
        /// Its counts (one sentence).
        public var counts: ReadabilityCounts
        /// Its Flesch–Kincaid grade alone: how hard this sentence is to read.
        public var grade: Double { ReadingGrade(counts).fleschKincaidGrade }
    }

    /// Counts over the whole graded prose.
    public let counts: ReadabilityCounts
    /// The three grade figures.
    public let grade: ReadingGrade
    /// Every graded sentence with words, in document order.
    public let sentences: [SentenceFigures]

    /// Measures a document; `words` are its distinct words when the caller has them (each distinct word's
    /// syllables are counted once).
    public init(_ document: ParsedDocument, regions: DocumentRegions? = nil, words: DocumentWords? = nil) {
        let regions = regions ?? DocumentRegions(document)
        let words = words ?? DocumentWords(document)
        var measures = [(syllables: Int, letters: Int)?](repeating: nil, count: words.exactCount)
        var total = ReadabilityCounts()
        var figures: [SentenceFigures] = []
        for (index, sentence) in document.sentences.enumerated() where regions.isGradedProse(sentence.block, in: document) {
            var counts = ReadabilityCounts()
            for position in sentence.tokens {
                let token = document.tokens[position]
                guard token.kind == .word || token.kind == .number else { continue }
                // Over 30 bytes is an identifier, a code or a keyboard run, not a word a reader reads.
                guard token.end - token.start <= 30 else { continue }
                let id = Int(words.exactID[position])
                if id < 0 { // a number
                    counts.addWord(document.bytes(of: token))
                    continue
                }
                if measures[id] == nil { measures[id] = ReadabilityCounts.measure(document.bytes(of: token)) }
                counts.addWord(syllables: measures[id]!.syllables, letters: measures[id]!.letters)
            }
            guard counts.words > 0 else { continue }
            counts.sentences = 1
            total = total + counts
            figures.append(SentenceFigures(sentence: index, range: sentence.range, counts: counts))
        }
        counts = total
        grade = ReadingGrade(total)
        sentences = figures
    }

    /// The `count` hardest sentences (highest Flesch–Kincaid grade; ties go to the longer), hardest first.
    /// Sentences of fewer than 10 words come after the others: a grade means little on a few words.
    public func hardestSentences(_ count: Int) -> [SentenceFigures] {
        Array(sentences.sorted { a, b in
            let aShort = a.counts.words < 10, bShort = b.counts.words < 10
            if aShort != bShort { return bShort }
            return a.grade != b.grade ? a.grade > b.grade : (a.counts.words != b.counts.words ? a.counts.words > b.counts.words : a.sentence < b.sentence)
        }.prefix(count))
    }

    /// The `count` longest sentences (most words), longest first.
    public func longestSentences(_ count: Int) -> [SentenceFigures] {
        Array(sentences.sorted { a, b in a.counts.words != b.counts.words ? a.counts.words > b.counts.words : a.sentence < b.sentence }.prefix(count))
    }
}
