import CareLint

/// What the HTML report keeps of one document: its reading figures and findings per rule, never its text
/// (except the few hardest sentences), so a report over thousands of files stays small in memory.
struct DocumentFigures: Sendable {
    var path: String
    var words: Int
    var sentences: Int
    var fleschKincaid: Double
    var smog: Double
    /// The target grade of the document's configuration.
    var target: Double
    /// Findings by rule id.
    var findings: [String: Int]
    /// Why the file could not be read.
    var error: String?

    /// The grade the report sorts and draws: the higher of Flesch–Kincaid and SMOG, as a careful editor would.
    var grade: Double { max(fleschKincaid, smog) }
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

/// Counts words, sentences and syllables of a parsed document and grades each sentence.
enum ReportReadability {
    /// Sentences shorter than this are not ranked among the hardest (a heading's grade means little).
    static let minimumWordsForRanking = 8

    static func measure(_ document: ParsedDocument, path: String, keepHardest: Int) -> (counts: ReadabilityCounts, hardest: [HardSentence]) {
        var total = ReadabilityCounts()
        var hardest: [HardSentence] = []
        for sentence in document.sentences {
            var counts = ReadabilityCounts()
            for index in sentence.tokens where document.tokens[index].isWord {
                counts.addWord(document.bytes(of: document.tokens[index]))
            }
            guard counts.words > 0 else { continue }
            counts.sentences = 1
            total = total + counts
            guard counts.words >= minimumWordsForRanking, keepHardest > 0 else { continue }
            let grade = ReadingGrade(counts).fleschKincaidGrade
            if hardest.count < keepHardest || grade > (hardest.last?.grade ?? 0) {
                let line = document.source.position(at: sentence.range.lowerBound).line
                var text = BaselineEntry.normalized(document.source.bytes, sentence.range)
                if text.count > 400 { text = String(text.prefix(400)) + "…" }
                hardest.append(HardSentence(path: path, line: line, text: text, words: counts.words, grade: grade))
                hardest.sort { $0.grade > $1.grade }
                if hardest.count > keepHardest { hardest.removeLast() }
            }
        }
        return (total, hardest)
    }
}
