/// A concept's category.
public enum ConceptCategory: String, Sendable, Codable, CaseIterable {
    case condition, symptom, test, treatment, drug, anatomy, procedure, role, general
}

/// One concept of the controlled vocabulary.
public struct Concept: Sendable, Codable, Equatable {
    /// Unique id across all loaded packs.
    public var id: String
    /// The preferred written form (en-US spelling).
    public var term: String
    /// Acceptable other names.
    public var variants: [String]
    /// Forms to replace by the preferred term.
    public var avoid: [String]
    /// Plain-language alternatives; their presence marks the term as jargon.
    public var plain: [String]
    /// The first plain word means exactly the term in every context, so `carelint fix` may swap it unasked
    /// (a safe fix). Off by default: most plain words fit most sentences, not all ("acute" is "sudden" in one
    /// sentence and part of a disease's name in another).
    public var plainIsExact: Bool
    /// A lay definition, grade 8 or lower.
    public var definition: String?
    /// The term must be explained where it first appears.
    public var defineOnFirstUse: Bool
    /// The acronym, such as "TACE".
    public var acronym: String?
    /// The acronym is familiar and need not be spelled out.
    public var wellKnown: Bool
    /// The category.
    public var category: ConceptCategory
    /// Ids of concepts this one is a kind of.
    public var broader: [String]
    /// Ids of concepts this one is not a kind of.
    public var notBroader: [String]
    /// Spellings by locale, such as `["en-GB": "tumour"]`.
    public var spelling: [String: String]
    /// Source documents this concept was derived from.
    public var sources: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, term, variants, avoid, plain, plainIsExact, definition, defineOnFirstUse, acronym, wellKnown, category,
             broader, notBroader, spelling, sources
    }

    /// Creates a concept.
    public init(
        id: String, term: String, variants: [String] = [], avoid: [String] = [], plain: [String] = [],
        plainIsExact: Bool = false, definition: String? = nil, defineOnFirstUse: Bool = false, acronym: String? = nil, wellKnown: Bool = false,
        category: ConceptCategory = .general, broader: [String] = [], notBroader: [String] = [],
        spelling: [String: String] = [:], sources: [String] = []
    ) {
        self.id = id
        self.term = term
        self.variants = variants
        self.avoid = avoid
        self.plain = plain
        self.plainIsExact = plainIsExact
        self.definition = definition
        self.defineOnFirstUse = defineOnFirstUse
        self.acronym = acronym
        self.wellKnown = wellKnown
        self.category = category
        self.broader = broader
        self.notBroader = notBroader
        self.spelling = spelling
        self.sources = sources
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        term = try c.decode(String.self, forKey: .term)
        variants = try c.decodeIfPresent([String].self, forKey: .variants) ?? []
        avoid = try c.decodeIfPresent([String].self, forKey: .avoid) ?? []
        plain = try c.decodeIfPresent([String].self, forKey: .plain) ?? []
        plainIsExact = try c.decodeIfPresent(Bool.self, forKey: .plainIsExact) ?? false
        definition = try c.decodeIfPresent(String.self, forKey: .definition)
        defineOnFirstUse = try c.decodeIfPresent(Bool.self, forKey: .defineOnFirstUse) ?? false
        acronym = try c.decodeIfPresent(String.self, forKey: .acronym)
        wellKnown = try c.decodeIfPresent(Bool.self, forKey: .wellKnown) ?? false
        category = try c.decode(ConceptCategory.self, forKey: .category)
        broader = try c.decodeIfPresent([String].self, forKey: .broader) ?? []
        notBroader = try c.decodeIfPresent([String].self, forKey: .notBroader) ?? []
        spelling = try c.decodeIfPresent(SpellingMap.self, forKey: .spelling)?.values ?? [:]
        sources = try c.decodeIfPresent([String].self, forKey: .sources) ?? []
    }

    /// Every written form of the concept: the term, variants, and other-locale spellings (not `avoid` forms).
    public var acceptedForms: [String] {
        [term] + variants + spelling.values.filter { $0 != term }
    }
}

/// The `spelling` object: only locale keys are allowed.
struct SpellingMap: Decodable {
    var values: [String: String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case enGB = "en-GB", enUS = "en-US"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        values = [:]
        for key in CodingKeys.allCases {
            if let value = try c.decodeIfPresent(String.self, forKey: key) { values[key.rawValue] = value }
        }
    }
}

/// One pair of locale spellings of a general word.
public struct SpellingPair: Sendable, Codable, Equatable {
    /// The American spelling.
    public var us: String
    /// The British spelling.
    public var gb: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case us = "en-US", gb = "en-GB"
    }

    /// Creates a pair.
    public init(us: String, gb: String) {
        self.us = us
        self.gb = gb
    }
}

/// The kind of a data-driven rule.
public enum PackRuleKind: String, Sendable, Codable, CaseIterable {
    /// Flags a pattern and offers its replacement.
    case substitution
    /// Flags a pattern.
    case existence
}

/// One pattern of a data-driven rule.
public struct PackRuleEntry: Sendable, Codable, Equatable {
    /// A token pattern, such as "in order to".
    public var pattern: String
    /// What to write instead (substitution rules).
    public var replacement: String?
    /// A message for this entry, overriding the rule's.
    public var message: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case pattern, replacement, message
    }
}

/// An example in a rule description written as pack data.
public struct PackRuleExample: Sendable, Codable, Equatable {
    /// The text, with 1️⃣ 2️⃣ … markers where findings start.
    public var text: String
    /// The text after the fixes.
    public var fixed: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case text, fixed
    }
}

/// Examples of a data-driven rule.
public struct PackRuleExamples: Sendable, Codable, Equatable {
    /// Texts that must trigger the rule.
    public var triggering: [PackRuleExample]
    /// Texts that must not.
    public var nonTriggering: [PackRuleExample]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case triggering, nonTriggering
    }

    init(triggering: [PackRuleExample], nonTriggering: [PackRuleExample]) {
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        triggering = try c.decodeIfPresent([PackRuleExample].self, forKey: .triggering) ?? []
        nonTriggering = try c.decodeIfPresent([PackRuleExample].self, forKey: .nonTriggering) ?? []
    }
}

/// A data-driven rule defined in a pack.
public struct PackRule: Sendable, Codable, Equatable {
    /// The rule id, such as `style/latin-abbreviation`.
    public var id: String
    /// Substitution or existence.
    public var kind: PackRuleKind
    /// Default severity (`off` disables it by default).
    public var severity: SeveritySetting
    /// One line on what the rule checks.
    public var summary: String
    /// Why the rule exists.
    public var rationale: String?
    /// Message template with `{match}` and `{replacement}`.
    public var message: String
    /// Patterns match case-sensitively.
    public var caseSensitive: Bool
    /// A pattern must be a whole block (a line of web-page residue).
    public var wholeBlock: Bool
    /// Patterns that, anywhere in the same sentence, silence the rule (hedges, negations).
    public var unlessSentenceHas: [String]
    /// Ids of rules whose findings a finding of this rule replaces where their ranges nest (`RuleDescription.supersedes`).
    public var supersedes: [String]
    /// The patterns.
    public var entries: [PackRuleEntry]
    /// Examples that drive the rule's tests and documentation.
    public var examples: PackRuleExamples?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, severity, summary, rationale, message, caseSensitive, wholeBlock, unlessSentenceHas, supersedes, entries, examples
    }

    init(
        id: String, kind: PackRuleKind, severity: SeveritySetting, summary: String, rationale: String?, message: String,
        caseSensitive: Bool, wholeBlock: Bool, unlessSentenceHas: [String], supersedes: [String] = [], entries: [PackRuleEntry],
        examples: PackRuleExamples?
    ) {
        self.id = id
        self.kind = kind
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.message = message
        self.caseSensitive = caseSensitive
        self.wholeBlock = wholeBlock
        self.unlessSentenceHas = unlessSentenceHas
        self.supersedes = supersedes
        self.entries = entries
        self.examples = examples
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(PackRuleKind.self, forKey: .kind)
        severity = try c.decode(SeveritySetting.self, forKey: .severity)
        summary = try c.decode(String.self, forKey: .summary)
        rationale = try c.decodeIfPresent(String.self, forKey: .rationale)
        message = try c.decode(String.self, forKey: .message)
        caseSensitive = try c.decodeIfPresent(Bool.self, forKey: .caseSensitive) ?? false
        wholeBlock = try c.decodeIfPresent(Bool.self, forKey: .wholeBlock) ?? false
        unlessSentenceHas = try c.decodeIfPresent([String].self, forKey: .unlessSentenceHas) ?? []
        supersedes = try c.decodeIfPresent([String].self, forKey: .supersedes) ?? []
        entries = try c.decode([PackRuleEntry].self, forKey: .entries)
        examples = try c.decodeIfPresent(PackRuleExamples.self, forKey: .examples)
    }
}

/// A vocabulary pack: concepts, spelling pairs, named lists and data-driven rules.
public struct VocabularyPack: Sendable, Codable, Equatable {
    /// The pack's name.
    public var name: String
    /// The pack's version.
    public var version: String?
    /// What the pack holds.
    public var description: String?
    /// Concepts.
    public var concepts: [Concept]
    /// Locale spelling pairs.
    public var spellings: [SpellingPair]
    /// Named token-pattern lists for computed rules.
    public var lists: [String: [String]]
    /// Data-driven rules.
    public var rules: [PackRule]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, version, description, concepts, spellings, lists, rules
    }

    /// Creates a pack.
    public init(name: String, concepts: [Concept] = [], spellings: [SpellingPair] = [], lists: [String: [String]] = [:], rules: [PackRule] = []) {
        self.name = name
        self.concepts = concepts
        self.spellings = spellings
        self.lists = lists
        self.rules = rules
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        version = try c.decodeIfPresent(String.self, forKey: .version)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        concepts = try c.decodeIfPresent([Concept].self, forKey: .concepts) ?? []
        spellings = try c.decodeIfPresent([SpellingPair].self, forKey: .spellings) ?? []
        lists = try c.decodeIfPresent([String: [String]].self, forKey: .lists) ?? [:]
        rules = try c.decodeIfPresent([PackRule].self, forKey: .rules) ?? []
    }
}
