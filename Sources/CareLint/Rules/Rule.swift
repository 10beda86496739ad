/// A value a rule option can take.
public enum RuleOptionValue: Sendable, Equatable, Hashable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case strings([String])

    /// The JSON type name, for messages.
    public var typeDescription: String {
        switch self {
        case .int: "a whole number"
        case .double: "a number"
        case .bool: "true or false"
        case .string: "a string"
        case .strings: "an array of strings"
        }
    }

    public var description: String {
        switch self {
        case .int(let value): "\(value)"
        case .double(let value): "\(value)"
        case .bool(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .strings(let values): "[" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
    }
}

/// An option a rule reads from `.carelint.json` (`"rules": {"ID": {"severity": "warning", "NAME": VALUE}}`).
public struct RuleOption: Sendable, Equatable {
    /// The option's key.
    public var name: String
    /// What it changes.
    public var summary: String
    /// Its value when not configured.
    public var defaultValue: RuleOptionValue

    /// Creates an option.
    public init(_ name: String, default defaultValue: RuleOptionValue, _ summary: String) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }
}

/// An example in a rule's description: text that must (or must not) trigger the rule.
public struct RuleExample: Sendable, Equatable {
    /// The text. In a triggering example, 1️⃣ 2️⃣ … mark where each finding starts (the markers are removed
    /// before linting).
    public var text: String
    /// The text after applying the first fix of every finding, when the rule fixes.
    public var fixed: String?
    /// The locale to lint with (default en-US).
    public var locale: String?
    /// Option values for this example.
    public var options: [String: RuleOptionValue]
    /// Lint the text as this kind of file.
    public var format: DocumentFormat
    /// Where the example is written, so a failing example points at itself.
    public var file: String
    /// The line of `file`.
    public var line: Int

    /// Creates an example.
    public init(
        _ text: String, fixed: String? = nil, locale: String? = nil, options: [String: RuleOptionValue] = [:],
        format: DocumentFormat = .markdown, file: String = #filePath, line: Int = #line
    ) {
        self.text = text
        self.fixed = fixed
        self.locale = locale
        self.options = options
        self.format = format
        self.file = file
        self.line = line
    }
}

/// Everything a rule says about itself: it drives the rule's tests, `carelint rules`, `carelint explain` and docs.
public struct RuleDescription: Sendable, Equatable {
    /// The id, such as `vocab/jargon`. Ids are contracts: they never change once released.
    public var id: String
    /// Severity when not configured (`off`: disabled by default).
    public var defaultSeverity: SeveritySetting
    /// One line on what the rule checks.
    public var summary: String
    /// Why the rule exists.
    public var rationale: String
    /// Texts that must trigger the rule, with the positions marked.
    public var triggering: [RuleExample]
    /// Texts that must not trigger it.
    public var nonTriggering: [RuleExample]
    /// Options the rule reads.
    public var options: [RuleOption]
    /// Where the rule is defined: "built-in" for Swift rules, the pack name for data rules.
    public var origin: String
    /// Rules whose findings this rule's finding replaces where their ranges nest: inside it (a near miss of a
    /// medical term is not also an unknown word), or around it up to its sentence (web-page residue is not also a
    /// long sentence). See `docs/supersession.md`.
    public var supersedes: Set<String>
    /// How the rule treats the configuration's `accept` words.
    public var acceptedWords: AcceptedWords
    /// What a finding of the rule depends on: the server's incremental lint (`IncrementalLint`) keeps the findings of
    /// a `.block` rule per block and runs `.document` rules over the whole document after every edit.
    public var scope: Scope

    /// What a rule's findings depend on.
    public enum Scope: Sendable, Equatable {
        /// The whole document: a finding may depend on any block (reading grade, first use, acronyms …).
        case document
        /// One block: a finding lies inside a block and depends only on that block's text and the few document facts
        /// `IncrementalLint` compares (reference lists, names, the title).
        case block
    }

    /// How a rule treats the words of `accept` (configuration, `--accept`-style overrides, editor settings).
    public enum AcceptedWords: Sendable, Equatable {
        /// Accepted words change nothing.
        case ignored
        /// A finding whose text is an accepted word is dropped (the vocabulary rules).
        case honoured
        /// Dropped too, and the editor offers "Add the word to the accepted words" (the spelling rules).
        case offered
    }

    /// Creates a description. `acceptedWords` defaults to `.honoured` for the `vocab` and `spelling` groups; `scope`
    /// to `.document` (always correct, never cached per block).
    public init(
        id: String, defaultSeverity: SeveritySetting, summary: String, rationale: String,
        triggering: [RuleExample] = [], nonTriggering: [RuleExample] = [], options: [RuleOption] = [],
        origin: String = "built-in", supersedes: Set<String> = [], acceptedWords: AcceptedWords? = nil,
        scope: Scope = .document
    ) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.options = options
        self.origin = origin
        self.supersedes = supersedes
        let group = id.prefix { $0 != "/" }
        self.acceptedWords = acceptedWords ?? (group == "vocab" || group == "spelling" ? .honoured : .ignored)
        self.scope = scope
    }

    /// The folder-like group of the id: "vocab", "style" …
    public var group: String { String(id.prefix { $0 != "/" }) }
}

/// A check over a parsed document. Rules read tokens, sentences and vocabulary matches from the context, never
/// raw files, and return diagnostics with fixes; they never write.
public protocol Rule: Sendable {
    /// The rule's self-description.
    var description: RuleDescription { get }

    /// Appends the rule's findings to `diagnostics`.
    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic])
}
