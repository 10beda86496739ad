/// `carelint/readability` parameters: the document to measure.
struct ReadabilityParams: Decodable, Sendable {
    var textDocument: TextDocumentIdentifier
}

/// `carelint/readability` result: the document's reading grades and the counts behind them, measured as the
/// `readability/grade` rule measures them (graded prose only: headings, tables and reference lists left out).
///
/// The grades are rounded to one decimal, as the rule and the hover show them; they are `null` when the document
/// has no prose to grade.
struct ReadabilityResult: Encodable, Sendable, Equatable {
    /// The document's grade: the mean of the SMOG and Flesch–Kincaid grades, which `readability/grade` compares
    /// with the target.
    var grade: Double?
    var fleschKincaidGrade: Double?
    var smogGrade: Double?
    var fleschReadingEase: Double?
    /// The target grade in force for the document (`readingGrade`).
    var target: Double
    /// Whether `grade` is at or below `target`; `null` with no prose.
    var withinTarget: Bool?
    var words: Int
    var sentences: Int
    var syllables: Int
    var polysyllables: Int

    private enum CodingKeys: String, CodingKey {
        case grade, fleschKincaidGrade, smogGrade, fleschReadingEase, target, withinTarget, words, sentences, syllables, polysyllables
    }

    // Written by hand so that a missing figure is an explicit `null`, as the protocol documents it.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(grade, forKey: .grade)
        try container.encode(fleschKincaidGrade, forKey: .fleschKincaidGrade)
        try container.encode(smogGrade, forKey: .smogGrade)
        try container.encode(fleschReadingEase, forKey: .fleschReadingEase)
        try container.encode(target, forKey: .target)
        try container.encode(withinTarget, forKey: .withinTarget)
        try container.encode(words, forKey: .words)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(syllables, forKey: .syllables)
        try container.encode(polysyllables, forKey: .polysyllables)
    }
}
