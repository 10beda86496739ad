/// A parsed JSON value that remembers where it was written, so errors can name a line and column.
///
/// Not `indirect`: arrays and members are already heap storage, so a box per value only cost an allocation (and
/// a release) per node.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, with its literal text (so integers stay exact).
    case number(Double, String)
    case string(String)
    case array([JSONNode])
    /// Members in written order (duplicates kept, so they can be reported).
    case object([JSONMember])

    /// The JSON type name used in messages: "a string", "an object" …
    public var typeDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A JSON value and its byte range in the source.
public struct JSONNode: Sendable, Equatable {
    /// The value.
    public var value: JSONValue
    /// Where it was written.
    public var range: ByteRange

    /// A value written at `range` (an empty range for values without a source, such as editor settings).
    public init(value: JSONValue, range: ByteRange) {
        self.value = value
        self.range = range
    }
}

/// One `"key": value` member of an object.
public struct JSONMember: Sendable, Equatable {
    /// The key, unescaped.
    public var key: String
    /// Where the key (with its quotes) was written.
    public var keyRange: ByteRange
    /// The value.
    public var node: JSONNode

    /// A member.
    public init(key: String, keyRange: ByteRange, node: JSONNode) {
        self.key = key
        self.keyRange = keyRange
        self.node = node
    }
}
