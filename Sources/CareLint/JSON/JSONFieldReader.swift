/// A problem found while reading JSON into typed fields: what is wrong, at which key path, and where in the
/// file (nil when the JSON came without positions, as editor settings do).
public struct JSONFieldProblem: Error, Sendable, Equatable {
    /// What is wrong and what is expected (`JSONWording`).
    public var message: String
    /// The keys from the root to the value (or to the object holding the key) the problem is about.
    public var path: [String]
    /// Where it was written, when the JSON has positions.
    public var range: ByteRange?

    /// Creates a problem.
    public init(message: String, path: [String], range: ByteRange?) {
        self.message = message
        self.path = path
        self.range = range
    }

    /// The message, led by its key path (`"rules.vocab/jargon": …`) when the value is nested and the message does
    /// not already name every key below the top: where there is no line and column, the path says which value is
    /// meant. (A top-level key's messages always name it.)
    public var messageWithPath: String {
        let joined = path.joined(separator: ".")
        guard path.count > 1, !message.contains("\"\(joined)\""), !path.dropFirst().allSatisfy({ message.contains("\"\($0)\"") }) else { return message }
        return "\"\(joined)\": \(message)"
    }
}

/// Reads a positioned JSON tree into typed fields with one set of checks and one wording per fact
/// (`JSONWording`). A bad value is recorded as a problem and read as nil, so a caller can either stop at the first
/// problem (a configuration file) or keep the good values and report the rest (editor settings).
public struct JSONFieldReader: Sendable {
    /// How keys that the object does not have are treated.
    public enum UnknownKeys: Sendable {
        /// Each is a problem.
        case problem
        /// Only a near miss of a valid key is a problem; the others are handed back, for a log.
        case nearMissesOnly
    }

    /// The problems found so far, in reading order.
    public private(set) var problems: [JSONFieldProblem] = []
    /// Keys left alone under `.nearMissesOnly`, in reading order.
    public private(set) var ignoredKeys: [String] = []
    /// True for editor settings: an empty array is read as an empty object and an empty object as an empty
    /// array, since some clients (Neovim 0.7) cannot tell them apart; `null` is read as absent.
    public var lenient: Bool

    /// A reader with no problems yet.
    public init(lenient: Bool = false) {
        self.lenient = lenient
    }

    /// Records a problem.
    public mutating func report(_ message: String, path: [String], at range: ByteRange?) {
        problems.append(JSONFieldProblem(message: message, path: path, range: range))
    }

    /// True when `node` is null and nulls are read as absent.
    public func isAbsent(_ node: JSONNode) -> Bool {
        lenient && node.value == .null
    }

    /// Reads the members of an object in written order, each key checked as it comes: a duplicate is a
    /// problem, and so is a key not in `allowed` (`$schema` is always allowed and not listed); `body` reads the
    /// other members. `expected` is the sentence for a value that is not an object (then false). `container`
    /// names the object in messages about its keys (nil at the root); `unknownKeyMessage` may word an unknown
    /// key's problem itself.
    @discardableResult
    public mutating func forEachMember(
        _ node: JSONNode, path: [String], expected: String, allowed: [String], container: String? = nil,
        unknownKeys: UnknownKeys = .problem, unknownKeyMessage: ((String) -> String?)? = nil,
        _ body: (inout JSONFieldReader, JSONMember) -> Void
    ) -> Bool {
        forEachEntry(node, path: path, expected: expected, container: container) { reader, member in
            if member.key == "$schema" || allowed.contains(member.key) {
                body(&reader, member)
            } else if let message = unknownKeyMessage?(member.key) {
                reader.report(message, path: path, at: member.keyRange)
            } else if unknownKeys == .nearMissesOnly, NearestName.find(member.key, among: allowed) == nil {
                reader.ignoredKeys.append(member.key)
            } else {
                reader.report(JSONWording.unknownKey(member.key, in: container, allowed: allowed), path: path, at: member.keyRange)
            }
        }
    }

    /// Reads the members of an object whose keys are data (rule ids, document types) in written order; a
    /// duplicate key is a problem. False when `node` is not an object.
    @discardableResult
    public mutating func forEachEntry(
        _ node: JSONNode, path: [String], expected: String, container: String? = nil, _ body: (inout JSONFieldReader, JSONMember) -> Void
    ) -> Bool {
        guard let members = objectMembers(node, path: path, expected: expected) else { return false }
        var seen: Set<String> = []
        for member in members {
            guard seen.insert(member.key).inserted else {
                report(JSONWording.duplicateKey(member.key, in: container), path: path, at: member.keyRange)
                continue
            }
            body(&self, member)
        }
        return true
    }

    private mutating func objectMembers(_ node: JSONNode, path: [String], expected: String) -> [JSONMember]? {
        switch node.value {
        case .object(let members): return members
        case .array(let items) where lenient && items.isEmpty: return []
        default:
            report(expected, path: path, at: node.range)
            return nil
        }
    }

    /// An array of strings: `"key" must be an array of strings, found …`, `"key" must hold only strings, found …`.
    /// `name` is the key as messages name it (`acronyms.known`); by default the last key of `path`.
    public mutating func strings(_ node: JSONNode, path: [String], name: String? = nil) -> [String]? {
        let name = name ?? path.last ?? ""
        let items: [JSONNode]
        switch node.value {
        case .array(let values): items = values
        case .object(let members) where lenient && members.isEmpty: items = []
        default:
            report(JSONWording.mismatch(name, "an array of strings", found: node.value), path: path, at: node.range)
            return nil
        }
        var values: [String] = []
        for item in items {
            guard case .string(let value) = item.value else {
                report("\"\(name)\" must hold only strings, found \(item.value.typeDescription)", path: path, at: item.range)
                return nil
            }
            values.append(value)
        }
        return values
    }

    /// A number in `bounds`; `message` is the sentence for anything else.
    public mutating func number(_ node: JSONNode, path: [String], in bounds: ClosedRange<Double>, message: String) -> Double? {
        guard case .number(let value, _) = node.value, bounds.contains(value) else {
            report(message, path: path, at: node.range)
            return nil
        }
        return value
    }

    /// A whole number in `bounds`; `message` is the sentence for anything else.
    public mutating func whole(_ node: JSONNode, path: [String], in bounds: ClosedRange<Int>, message: String) -> Int? {
        guard case .number(_, let text) = node.value, let value = Int(text), bounds.contains(value) else {
            report(message, path: path, at: node.range)
            return nil
        }
        return value
    }

    /// A value of a closed set: `"key" must be one of …, found a number` for another type, and the set's own
    /// "unknown value" sentence for a string outside it.
    public mutating func choice<T: JSONChoice>(_ type: T.Type, _ node: JSONNode, path: [String]) -> T? {
        guard case .string(let text) = node.value else {
            report(JSONWording.mismatch(path.last ?? "", JSONWording.oneOf(T.names), found: node.value), path: path, at: node.range)
            return nil
        }
        return choice(type, text, node: node, path: path)
    }

    /// A string already read, as a value of a closed set.
    public mutating func choice<T: JSONChoice>(_ type: T.Type, _ text: String, node: JSONNode, path: [String]) -> T? {
        guard let value = T(matching: text) else {
            report(JSONWording.unknownChoice(text, what: T.choiceName, allowed: T.names, unknown: T.unknownAdjective), path: path, at: node.range)
            return nil
        }
        return value
    }
}
