/// The `scorecard` key of `.carelint.json`: which items to score, the thresholds the items' rules use and the
/// front-matter fields that answer the CDC index's opening questions.
///
/// ```json
/// "scorecard": {"items": ["pemat/*", "cci/5"], "sectionWords": 250, "passiveShare": 0.2,
///               "frontMatter": {"mainMessage": "main_message", "audience": "audience", "objective": "objective"}}
/// ```
public struct ScorecardSettings: Sendable, Equatable {
    /// Item ids (or `pemat/*`, `cci/*`) to score; nil scores every item.
    public var items: [String]?
    /// A section over this many words is too long for PEMAT 8 and CCI 9.
    public var sectionWords: Int = 300
    /// A paragraph over this many words is too long to read as one chunk (PEMAT 8).
    public var paragraphWords: Int = 125
    /// A page passes PEMAT 5 when at most this share of its sentences is passive. The sentence share undercounts
    /// passive clauses; 0.14 is calibrated on the gold set against reviewers applying "80% active".
    public var passiveShare: Double = 0.14
    /// A list with more top-level items than this, and no sub-lists, is too long (PEMAT 8, CCI 8).
    public var listItems: Int = 7
    /// PEMAT 3 fails when more than this share of the page's words are complex.
    public var complexShare: Double = 0.175
    /// PEMAT 3 fails with more distinct unfamiliar acronyms than this.
    public var acronyms: Int = 3
    /// Front-matter field that states the page's main message (CCI 1, 2, 10).
    public var mainMessageField: String = "main_message"
    /// Front-matter field that names the primary audience.
    public var audienceField: String = "audience"
    /// Front-matter field that states the communication objective.
    public var objectiveField: String = "objective"

    /// The defaults.
    public init() {}

    /// The valid keys.
    public static let keys = ["items", "sectionWords", "paragraphWords", "passiveShare", "listItems", "complexShare", "acronyms", "frontMatter"]
    /// The valid keys of `frontMatter`.
    public static let frontMatterKeys = ["mainMessage", "audience", "objective"]

    /// True when item `id` is to be scored.
    public func includes(_ id: String) -> Bool {
        guard let items else { return true }
        return items.contains { pattern in
            pattern == id || (pattern.hasSuffix("/*") && id.hasPrefix(pattern.dropLast()))
        }
    }
}
