/// The two health-literacy instruments the scorecard draws on. CareLint's scores are *informed* by them, never the
/// instruments' own scores: both were validated with trained people rating whole materials.
public enum Instrument: String, Sendable, CaseIterable {
    /// AHRQ's Patient Education Materials Assessment Tool for printable materials (PEMAT-P).
    case pemat
    /// CDC's Clear Communication Index.
    case cci

    /// The name shown to writers.
    public var name: String {
        switch self {
        case .pemat: "PEMAT-P"
        case .cci: "CDC Clear Communication Index"
        }
    }
}

/// A score the scorecard computes: each item counts towards one.
public enum ScoreDomain: String, Sendable, CaseIterable {
    case pematUnderstandability = "pemat-understandability"
    case pematActionability = "pemat-actionability"
    case cci

    /// The label shown with the score: "informed", because a program rated it, not trained people.
    public var label: String {
        switch self {
        case .pematUnderstandability: "PEMAT-informed understandability"
        case .pematActionability: "PEMAT-informed actionability"
        case .cci: "CCI-informed score"
        }
    }

    /// The score a page needs to pass: 70 is the convention for PEMAT domains, 90 the CDC's pass mark.
    public var passMark: Double {
        switch self {
        case .pematUnderstandability, .pematActionability: 70
        case .cci: 90
        }
    }
}

/// How an item's verdict is reached.
public enum ItemDecision: String, Sendable {
    /// Text decides it reliably with the documented rule.
    case automatic
    /// The documented rule approximates a person's judgement: the verdict is marked "estimated".
    case estimated
    /// Only a person can rate it (pictures, cultural fit, order); CareLint never guesses it.
    case person
}

/// A page written in the project's own words that passes or fails an item; the item's tests run them.
public struct ScorecardExample: Sendable, Equatable {
    /// The page (Markdown).
    public var text: String
    /// The verdict the page must get.
    public var verdict: Verdict
    /// Where the example is written, so a failing example points at itself.
    public var file: String
    /// The line of `file`.
    public var line: Int

    /// Creates an example.
    public init(_ text: String, _ verdict: Verdict, file: String = #filePath, line: Int = #line) {
        self.text = text
        self.verdict = verdict
        self.file = file
        self.line = line
    }
}

/// Everything an item says about itself; it drives `carelint explain pemat/4`, the docs and the item's tests.
public struct ScorecardItemDescription: Sendable, Equatable {
    /// The id, such as `pemat/4` or `cci/7`: the instrument and the item's number in it.
    public var id: String
    /// The instrument.
    public var instrument: Instrument
    /// The domain the item counts towards.
    public var domain: ScoreDomain
    /// A short title.
    public var title: String
    /// What the item asks, in the project's words.
    public var asks: String
    /// How CareLint decides (empty for items that need a person).
    public var decides: String
    /// When the item does not apply, or nil when it always does.
    public var notApplicable: String?
    /// Automatic, estimated, or needs a person.
    public var decision: ItemDecision
    /// Pages that pass, fail or to which the item does not apply.
    public var examples: [ScorecardExample]

    /// Creates a description.
    public init(
        id: String, domain: ScoreDomain, title: String, asks: String, decides: String = "", notApplicable: String? = nil,
        decision: ItemDecision, examples: [ScorecardExample] = []
    ) {
        self.id = id
        self.instrument = id.hasPrefix("cci/") ? .cci : .pemat
        self.domain = domain
        self.title = title
        self.asks = asks
        self.decides = decides
        self.notApplicable = notApplicable
        self.decision = decision
        self.examples = examples
    }

    /// The item's number within its instrument.
    public var number: Int { Int(id.split(separator: "/").last ?? "") ?? 0 }
}

/// An item's verdict on one page.
public enum Verdict: String, Sendable, Equatable, CaseIterable {
    /// The page meets the item (PEMAT "agree", CCI "yes").
    case pass
    /// The page does not (PEMAT "disagree", CCI "no").
    case fail
    /// The item does not apply to this page.
    case notApplicable = "n/a"
    /// Only a person can rate it.
    case needsPerson = "needs-person"
}

/// A place in the page that decides a verdict: an unexplained term, a percentage without a gloss, the longest section.
public struct Evidence: Sendable, Equatable {
    /// The bytes.
    public var range: ByteRange
    /// What this place shows, in a few words ("no plain-words gloss", "312 words").
    public var note: String

    /// Creates evidence.
    public init(_ range: ByteRange, _ note: String) {
        self.range = range
        self.note = note
    }
}

/// One item's result on one page.
public struct ItemResult: Sendable, Equatable {
    /// The item's id.
    public var id: String
    /// The verdict.
    public var verdict: Verdict
    /// Why, in one sentence a writer understands.
    public var reason: String
    /// The places that decide it (at most `ItemOutcome.evidenceLimit`).
    public var evidence: [Evidence]
    /// True when the verdict is an estimate of a person's judgement.
    public var estimated: Bool

    /// Creates a result.
    public init(id: String, verdict: Verdict, reason: String, evidence: [Evidence] = [], estimated: Bool = false) {
        self.id = id
        self.verdict = verdict
        self.reason = reason
        self.evidence = evidence
        self.estimated = estimated
    }
}

/// A domain's score on one page: points over the items CareLint rated, with the items left to a person counted apart.
public struct DomainScore: Sendable, Equatable {
    /// The domain.
    public var domain: ScoreDomain
    /// Items passed.
    public var points: Int
    /// Items rated pass or fail (not applicable and person items left out).
    public var rated: Int
    /// Applicable items that need a person.
    public var needsPerson: Int

    /// Creates a score.
    public init(domain: ScoreDomain, points: Int, rated: Int, needsPerson: Int) {
        self.domain = domain
        self.points = points
        self.rated = rated
        self.needsPerson = needsPerson
    }

    /// points ÷ rated × 100, or nil when nothing was rated.
    public var score: Double? { rated == 0 ? nil : Double(points) * 100 / Double(rated) }
    /// The score if a person rated every open item "fail" (the low end) …
    public var lowest: Double? { rated + needsPerson == 0 ? nil : Double(points) * 100 / Double(rated + needsPerson) }
    /// … and if a person rated every open item "pass" (the high end).
    public var highest: Double? { rated + needsPerson == 0 ? nil : Double(points + needsPerson) * 100 / Double(rated + needsPerson) }
    /// Whether the score reaches the domain's pass mark; nil when nothing was rated.
    public var passes: Bool? { score.map { $0 >= domain.passMark } }
}

/// A page's scorecard: every item's result and the domain scores.
public struct Scorecard: Sendable, Equatable {
    /// Results in catalogue order (PEMAT items, then CCI items).
    public var results: [ItemResult]
    /// The three domain scores.
    public var scores: [DomainScore]

    /// Creates a scorecard.
    public init(results: [ItemResult], scores: [DomainScore]) {
        self.results = results
        self.scores = scores
    }

    /// The result of an item.
    public func result(_ id: String) -> ItemResult? { results.first { $0.id == id } }

    /// The score of a domain.
    public func score(_ domain: ScoreDomain) -> DomainScore? { scores.first { $0.domain == domain } }
}
