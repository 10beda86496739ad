import Foundation

/// The counts the readability formulas need, gathered over a document or a part of it.
public struct ReadabilityCounts: Sendable, Equatable {
    /// Words (tokens with at least one letter or digit).
    public var words: Int
    /// Sentences.
    public var sentences: Int
    /// Syllables of all words, as `Syllables.count` estimates them.
    public var syllables: Int
    /// Words of three or more syllables (SMOG's "polysyllabic words").
    public var polysyllables: Int
    /// Letters of all words (ASCII letters and non-ASCII letters; digits and punctuation are not letters).
    public var letters: Int

    /// Creates counts; all default to zero.
    public init(words: Int = 0, sentences: Int = 0, syllables: Int = 0, polysyllables: Int = 0, letters: Int = 0) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.polysyllables = polysyllables
        self.letters = letters
    }

    /// Adds one word (its UTF-8 bytes): the word, its syllables, whether it is polysyllabic, and its letters.
    /// Sentences are not counted here: add them with `sentences += 1` at each sentence end.
    public mutating func addWord<C: Collection>(_ word: C) where C.Element == UInt8 {
        let measure = Self.measure(word)
        addWord(syllables: measure.syllables, letters: measure.letters)
    }

    /// Adds one word measured before by `measure` (a document measures each distinct spelling once).
    mutating func addWord(syllables syllableCount: Int, letters letterCount: Int) {
        words += 1
        syllables += syllableCount
        if syllableCount >= 3 { polysyllables += 1 }
        letters += letterCount
    }

    /// A word's syllables and letters, as `addWord` counts them.
    static func measure<C: Collection>(_ word: C) -> (syllables: Int, letters: Int) where C.Element == UInt8 {
        var letters = 0
        for byte in word {
            // An ASCII letter, or the lead byte of a non-ASCII letter (not of Latin-1 or general punctuation).
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0xC3 && byte != 0xE2) { letters += 1 }
        }
        return (Syllables.count(word), letters)
    }

    /// The sum of two sets of counts, for combining the counts of the parts of a document.
    public static func + (lhs: ReadabilityCounts, rhs: ReadabilityCounts) -> ReadabilityCounts {
        ReadabilityCounts(
            words: lhs.words + rhs.words,
            sentences: lhs.sentences + rhs.sentences,
            syllables: lhs.syllables + rhs.syllables,
            polysyllables: lhs.polysyllables + rhs.polysyllables,
            letters: lhs.letters + rhs.letters
        )
    }
}

/// Reading-grade figures computed with the published formulas from `ReadabilityCounts`.
///
/// - Flesch–Kincaid grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
/// - Flesch reading ease = 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words)
/// - SMOG grade = 1.0430 × √(polysyllables × 30 / sentences) + 3.1291
///
/// With no words, all three figures are 0. With words but no sentence (a fragment without an end mark), the text
/// counts as one sentence. SMOG was calibrated on samples of 30 sentences; on shorter texts it is scaled to 30
/// sentences as the formula does, which makes it less reliable.
public struct ReadingGrade: Sendable, Equatable {
    /// The Flesch–Kincaid grade level: a US school grade (8 means a reader in the eighth grade understands it).
    public var fleschKincaidGrade: Double
    /// The SMOG grade ("Simple Measure of Gobbledygook"), a US school grade; health-literacy guidance favours it.
    public var smogGrade: Double
    /// The Flesch reading ease: 0–100, higher is easier (60–70 is plain English); it can fall outside that range.
    public var fleschReadingEase: Double

    /// The document's reading grade, the one figure every part of CareLint reports and compares with the target
    /// (`readability/grade`, `carelint stats`, the HTML report, hover and `carelint/readability`): the mean of the
    /// SMOG and Flesch–Kincaid grades. SMOG counts hard words and tends high on short health texts; Flesch–Kincaid
    /// counts syllables per word and sentence length and tends low; their mean is steadier than either alone.
    public var grade: Double { (smogGrade + fleschKincaidGrade) / 2 }

    /// The target grades a configuration, the command line or an editor may set.
    public static let targetRange: ClosedRange<Double> = 1...20

    /// Computes the three figures from `counts`.
    public init(_ counts: ReadabilityCounts) {
        guard counts.words > 0 else {
            fleschKincaidGrade = 0
            smogGrade = 0
            fleschReadingEase = 0
            return
        }
        let words = Double(counts.words)
        let sentences = Double(max(1, counts.sentences))
        let wordsPerSentence = words / sentences
        let syllablesPerWord = Double(counts.syllables) / words
        fleschKincaidGrade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
        fleschReadingEase = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
        smogGrade = 1.0430 * (Double(counts.polysyllables) * 30 / sentences).squareRoot() + 3.1291
    }
}
