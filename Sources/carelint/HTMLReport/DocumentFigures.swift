import CareLint

/// What the HTML report keeps of one document: its reading figures and findings per rule, never its text
/// (except the few hardest sentences), so a report over thousands of files stays small in memory.
struct DocumentFigures: Sendable {
    var path: String
    var words: Int
    var sentences: Int
    /// The reading figures (the grade is ``ReadingGrade/grade``, as the rule and hover compute it).
    var reading: ReadingGrade
    /// The target grade of the document's configuration.
    var target: Double
    /// Findings by rule id.
    var findings: [String: Int]
    /// Why the file could not be read.
    var error: String?
    /// The share of complex words and the most frequent ones (`ComplexLanguage`).
    var complex: ComplexLanguage? = nil

    /// The grade the report sorts and draws: the reading grade of the rule and hover.
    var grade: Double { reading.grade }
}

/// One hard sentence, with where it is.
struct HardSentence: Sendable {
    var path: String
    var line: Int
    var text: String
    var words: Int
    /// Flesch–Kincaid grade of the sentence alone.
    var grade: Double
    /// Other places with the very same sentence (boilerplate shared by pages is listed once).
    var repeats = 0
}

/// A document's readability for the report, measured as the `readability/grade` rule and `carelint stats` do
/// (the library's `DocumentReadability`), with its hardest sentences located for links.
enum ReportReadability {
    /// Sentences shorter than this are not ranked among the hardest (a grade means little on a few words).
    static let minimumWordsForRanking = 10

    static func measure(_ document: ParsedDocument, path: String, keepHardest: Int) -> (counts: ReadabilityCounts, hardest: [HardSentence]) {
        let readability = DocumentReadability(document)
        let hardest = readability.hardestSentences(keepHardest).filter { $0.counts.words >= minimumWordsForRanking }.map { figures in
            var text = BaselineEntry.normalized(document.source.bytes, figures.range)
            if text.count > 400 { text = String(text.prefix(400)) + "…" }
            return HardSentence(path: path, line: document.source.position(at: figures.range.lowerBound).line, text: text, words: figures.counts.words, grade: figures.grade)
        }
        return (readability.counts, hardest)
    }
}
