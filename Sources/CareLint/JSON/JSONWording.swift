/// The wording of every JSON reading problem that more than one reader reports (configuration files, editor
/// settings, vocabulary packs): one sentence per fact, so the same mistake reads the same wherever it is made.
public enum JSONWording {
    /// `"a", "b" or "c"`: the values a writer may choose from, each quoted, in the order given.
    public static func list(_ names: [String]) -> String {
        let quoted = names.map { "\"\($0)\"" }
        guard quoted.count > 1 else { return quoted.first ?? "nothing" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1]
    }

    /// `"a" or "b"`, or `one of "a", "b" or "c"`: what a value must be.
    public static func oneOf(_ names: [String]) -> String {
        names.count > 2 ? "one of " + list(names) : list(names)
    }

    /// A key written twice in one object.
    public static func duplicateKey(_ key: String, in container: String? = nil) -> String {
        "duplicate key \(key.quotedForMessage)\(place(container)); each key may appear once"
    }

    /// A key the object does not have: the nearest valid key, or every valid key.
    public static func unknownKey(_ key: String, in container: String? = nil, allowed: [String]) -> String {
        let message = "unknown key \(key.quotedForMessage)\(place(container))"
        if let nearest = NearestName.find(key, among: allowed) { return message + "; did you mean \"\(nearest)\"?" }
        return message + "; expected " + list(allowed)
    }

    /// A value of the wrong JSON type: `"key" must be EXPECTED, found a number`.
    public static func mismatch(_ key: String, _ expected: String, found: JSONValue) -> String {
        "\"\(key)\" must be \(expected), found \(found.typeDescription)"
    }

    /// A string outside a closed set: `unknown severity "warn"; expected "error", "warning", "info" or "off"
    /// (did you mean "warning"?)`. `what` names the set ("severity", `"category" value`); `unknown` is the
    /// adjective ("unsupported" for a locale that exists but is not supported).
    public static func unknownChoice(_ value: String, what: String, allowed: [String], unknown: String = "unknown") -> String {
        var message = "\(unknown) \(what) \(value.quotedForMessage); expected \(list(allowed))"
        if let nearest = NearestName.find(value, among: allowed) { message += " (did you mean \"\(nearest)\"?)" }
        return message
    }

    private static func place(_ container: String?) -> String {
        container.map { " in \"\($0)\"" } ?? ""
    }
}

/// A closed set of string values read from JSON (a severity, a locale): its raw values are what a writer types,
/// and the set words its own "unknown value" message.
public protocol JSONChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The name of the set in messages: "severity", "locale".
    static var choiceName: String { get }
    /// The adjective for a value outside the set: "unknown" unless the type says otherwise.
    static var unknownAdjective: String { get }
    /// The value a writer typed, or nil. By default the exact raw value.
    init?(matching text: String)
}

extension JSONChoice {
    public static var unknownAdjective: String { "unknown" }
    public init?(matching text: String) { self.init(rawValue: text) }

    /// The raw values, in declaration order.
    public static var names: [String] { allCases.map(\.rawValue) }
}

extension SeveritySetting: JSONChoice {
    public static var choiceName: String { "severity" }
}
