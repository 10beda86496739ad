/// Any JSON value, for the parts of the protocol whose shape varies (client capabilities, settings).
public enum LSPAny: Sendable, Codable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([LSPAny])
    case object([String: LSPAny])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([LSPAny].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: LSPAny].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The member of an object, or `.null`.
    public subscript(key: String) -> LSPAny {
        if case .object(let members) = self { return members[key] ?? .null }
        return .null
    }

    /// True unless the value is null (a capability that is declared at all).
    public var isPresent: Bool { self != .null }

    /// The value as a boolean, if it is one.
    public var bool: Bool? { if case .bool(let value) = self { value } else { nil } }

    /// The value as a string, if it is one.
    public var string: String? { if case .string(let value) = self { value } else { nil } }

    /// The value as a number, if it is one.
    public var number: Double? { if case .number(let value) = self { value } else { nil } }

    /// The strings of an array (other items left out).
    public var strings: [String] { if case .array(let items) = self { items.compactMap(\.string) } else { [] } }
}

extension LSPAny: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: LSPAny...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, LSPAny)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The value as a whole number, if it is one.
    public var int: Int? { number.flatMap { $0.rounded() == $0 && abs($0) < 1e15 ? Int($0) : nil } }

    /// The item of an array, or `.null`.
    public subscript(index: Int) -> LSPAny {
        if case .array(let items) = self, index >= 0, index < items.count { return items[index] }
        return .null
    }

    /// The items of an array (empty for anything else).
    public var array: [LSPAny] { if case .array(let items) = self { items } else { [] } }

    /// An empty array read as an empty object (some clients encode `{}` as `[]`); anything else as it is.
    public var emptyArrayAsObject: LSPAny { self == .array([]) ? .object([:]) : self }
}
