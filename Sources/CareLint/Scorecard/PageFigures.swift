/// The figures a page's surfaces show, built in one place: `carelint score` (text, JSON, HTML), `carelint stats`
/// and the language server's `carelint/scorecard` and `carelint/readability` requests map these shapes to their
/// formats instead of each reading the models and rounding on its own.

/// A page's scorecard as figures: scores with their labels and pass marks, items with their titles and domains
/// resolved from the catalogue, evidence as byte ranges (each surface turns them into its own positions). Scores
/// are unrounded: JSON and the language server show them with `rounded` (one decimal), text with none.
public struct ScorecardFigures: Sendable, Equatable {
    /// One domain's score.
    public struct Score: Sendable, Equatable {
        /// `pemat-understandability`, `pemat-actionability` or `cci`.
        public var domain: String
        /// The label shown with the score ("PEMAT-informed understandability").
        public var label: String
        /// points ÷ rated × 100; nil when nothing was rated.
        public var score: Double?
        public var points: Int
        public var rated: Int
        public var needsPerson: Int
        /// The score with every person item failed, and with every person item passed.
        public var lowest: Double?
        public var highest: Double?
        public var passMark: Double
        /// Whether the score reaches the pass mark; nil when nothing was rated.
        public var passes: Bool?
    }

    /// One item's verdict.
    public struct Item: Sendable, Equatable {
        public var id: String
        public var title: String
        /// The domain the item counts towards.
        public var domain: String
        /// `pass`, `fail`, `n/a` or `needs-person`.
        public var verdict: String
        public var estimated: Bool
        public var reason: String
        public var evidence: [Evidence]
    }

    public var scores: [Score]
    public var items: [Item]

    /// The figures of a scorecard.
    public init(_ card: Scorecard) {
        scores = card.scores.map { score in
            Score(
                domain: score.domain.rawValue, label: score.domain.label, score: score.score,
                points: score.points, rated: score.rated, needsPerson: score.needsPerson,
                lowest: score.lowest, highest: score.highest,
                passMark: score.domain.passMark, passes: score.passes
            )
        }
        items = card.results.map { result in
            let description = ScorecardCatalog.description(result.id)
            return Item(
                id: result.id, title: description?.title ?? "", domain: description?.domain.rawValue ?? "",
                verdict: result.verdict.rawValue, estimated: result.estimated, reason: result.reason, evidence: result.evidence
            )
        }
    }

    /// One decimal, as JSON and the language server show scores.
    public static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}

/// A document's reading figures as `readability/grade` measures them (graded prose only): the counts, the grades
/// and, given a target, whether the grade meets it. Unrounded: each surface rounds as its format documents.
public struct ReadabilityFigures: Sendable, Equatable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    public var polysyllables: Int
    /// The document's grade (mean of SMOG and Flesch–Kincaid), nil with no prose to grade.
    public var grade: Double?
    public var fleschKincaidGrade: Double?
    public var smogGrade: Double?
    public var fleschReadingEase: Double?
    /// The target grade in force, when one was given.
    public var target: Double?
    /// Whether `grade` is at or below `target`, compared unrounded as the rule compares; nil without prose or target.
    public var withinTarget: Bool?

    /// The figures of a measured document, against an optional target grade.
    public init(_ readability: DocumentReadability, target: Double? = nil) {
        let counts = readability.counts
        words = counts.words
        sentences = counts.sentences
        syllables = counts.syllables
        polysyllables = counts.polysyllables
        self.target = target
        guard counts.words > 0 else { return }
        let figures = readability.grade
        grade = figures.grade
        fleschKincaidGrade = figures.fleschKincaidGrade
        smogGrade = figures.smogGrade
        fleschReadingEase = figures.fleschReadingEase
        withinTarget = target.map { figures.grade <= $0 }
    }

    /// Words per sentence, 0 without sentences.
    public var wordsPerSentence: Double { sentences == 0 ? 0 : Double(words) / Double(sentences) }
}
