/// How serious a finding is. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A severity setting in configuration: a severity, or `off` to disable a rule.
public enum SeveritySetting: String, Sendable, Codable, CaseIterable {
    case error, warning, info, off

    /// The severity, or nil when the rule is off.
    public var severity: Severity? { Severity(rawValue: rawValue) }
}

/// A range of UTF-8 byte offsets into a document's original text; `upperBound` is exclusive.
public typealias ByteRange = Range<Int>

/// One replacement of a byte range by new text.
public struct TextEdit: Sendable, Equatable, Hashable, Codable {
    /// The bytes replaced, in the original text.
    public var range: ByteRange
    /// The text written in their place.
    public var newText: String

    /// Creates an edit that replaces `range` by `newText`.
    public init(range: ByteRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// A fix offered for a diagnostic: a title and the edits that apply it.
public struct Fix: Sendable, Equatable, Hashable, Codable {
    /// What the fix does, such as `Replace with "liver"`.
    public var title: String
    /// Non-overlapping edits, applied together.
    public var edits: [TextEdit]
    /// The fix is safe to apply without reading it (used by `carelint fix` and fix-all).
    public var isSafe: Bool

    /// Creates a fix.
    public init(title: String, edits: [TextEdit], isSafe: Bool = true) {
        self.title = title
        self.edits = edits
        self.isSafe = isSafe
    }

    /// A fix that replaces one range.
    public static func replace(_ range: ByteRange, with text: String, title: String? = nil, isSafe: Bool = true) -> Fix {
        Fix(title: title ?? "Replace with \"\(text)\"", edits: [TextEdit(range: range, newText: text)], isSafe: isSafe)
    }
}

/// Another place in the same document that explains a diagnostic (the first use of an acronym, say).
public struct RelatedLocation: Sendable, Equatable, Hashable, Codable {
    /// The related bytes.
    public var range: ByteRange
    /// What that place is.
    public var message: String

    /// Creates a related location.
    public init(range: ByteRange, message: String) {
        self.range = range
        self.message = message
    }
}

/// One finding of one rule in one document.
public struct Diagnostic: Sendable, Equatable, Hashable, Codable {
    /// The rule id, such as `vocab/jargon`.
    public var rule: String
    /// How serious the finding is, after configuration.
    public var severity: Severity
    /// What is wrong and what to write instead, in one sentence.
    public var message: String
    /// The flagged bytes.
    public var range: ByteRange
    /// Fixes, best first.
    public var fixes: [Fix]
    /// Related places in the same document.
    public var related: [RelatedLocation]

    /// Creates a diagnostic.
    public init(
        rule: String, severity: Severity, message: String, range: ByteRange,
        fixes: [Fix] = [], related: [RelatedLocation] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.range = range
        self.fixes = fixes
        self.related = related
    }
}

extension Diagnostic: Comparable {
    /// Document order: by start, then end, then rule id, so output is stable run to run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
        if lhs.range.upperBound != rhs.range.upperBound { return lhs.range.upperBound < rhs.range.upperBound }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}
