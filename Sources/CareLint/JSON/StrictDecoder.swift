/// A decoding problem at a place in a JSON document.
public struct JSONDecodingProblem: Error, Sendable, Equatable {
    /// What is wrong and what is expected.
    public var message: String
    /// Where (a key, or a value).
    public var range: ByteRange
}

/// Decodes `Decodable` types from a positioned JSON tree, strictly: types must match exactly, and an object
/// member whose key is not one of the type's `CodingKeys` (when those are `CaseIterable`) is an error that names
/// the nearest valid key. `$schema` is always allowed.
public enum StrictJSONDecoder {
    /// Decodes a value of `type` from `node`.
    public static func decode<T: Decodable>(_ type: T.Type, from node: JSONNode) throws -> T {
        do {
            return try T(from: NodeDecoder(node: node, codingPath: []))
        } catch let problem as JSONDecodingProblem {
            throw problem
        } catch let error as DecodingError {
            throw JSONDecodingProblem(message: describe(error), range: node.range)
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}

private struct NodeDecoder: Decoder {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node.value else {
            throw JSONDecodingProblem(message: "expected an object, found \(node.value.typeDescription)", range: node.range)
        }
        var seen: [String: ByteRange] = [:]
        for member in members {
            if seen[member.key] != nil {
                throw JSONDecodingProblem(message: JSONWording.duplicateKey(member.key), range: member.keyRange)
            }
            seen[member.key] = member.keyRange
        }
        if let iterable = Key.self as? any CaseIterable.Type {
            let allowed = Self.allKeys(of: iterable)
            for member in members where member.key != "$schema" && !allowed.contains(member.key) {
                throw JSONDecodingProblem(message: JSONWording.unknownKey(member.key, allowed: allowed), range: member.keyRange)
            }
        }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(node: node, members: members, codingPath: codingPath))
    }

    private static func allKeys<C: CaseIterable>(of type: C.Type) -> [String] {
        type.allCases.compactMap { ($0 as? any CodingKey)?.stringValue }
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = node.value else {
            throw JSONDecodingProblem(message: "expected an array, found \(node.value.typeDescription)", range: node.range)
        }
        return UnkeyedNodeContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleNodeContainer(node: node, codingPath: codingPath) }
}

/// Converts a node to a primitive, or throws a problem naming what was expected.
private func primitive<T>(_ type: T.Type, _ node: JSONNode) throws -> T {
    func mismatch(_ expected: String) -> JSONDecodingProblem {
        JSONDecodingProblem(message: "expected \(expected), found \(node.value.typeDescription)", range: node.range)
    }
    switch node.value {
    case .string(let string):
        if T.self == String.self { return string as! T }
    case .bool(let bool):
        if T.self == Bool.self { return bool as! T }
    case .number(let double, let text):
        if T.self == Double.self { return double as! T }
        if T.self == Float.self { return Float(double) as! T }
        if T.self == Int.self {
            guard let value = Int(text) else {
                throw JSONDecodingProblem(message: "expected a whole number, found \(text)", range: node.range)
            }
            return value as! T
        }
    default:
        break
    }
    if T.self == String.self { throw mismatch("a string") }
    if T.self == Bool.self { throw mismatch("true or false") }
    if T.self == Int.self { throw mismatch("a whole number") }
    throw mismatch("a number")
}

private func decodeValue<T: Decodable>(_ type: T.Type, _ node: JSONNode, _ path: [any CodingKey]) throws -> T {
    if T.self == String.self || T.self == Bool.self || T.self == Int.self || T.self == Double.self {
        return try primitive(T.self, node)
    }
    if T.self == JSONNode.self { return node as! T }
    if let names = enumerationNames(of: T.self) {
        // A closed set of strings (a category, a severity, a rule kind): name the value and what is allowed.
        let key = path.last?.stringValue
        guard case .string(let text) = node.value else {
            let message = key.map { JSONWording.mismatch($0, JSONWording.oneOf(names), found: node.value) }
                ?? "expected \(JSONWording.oneOf(names)), found \(node.value.typeDescription)"
            throw JSONDecodingProblem(message: message, range: node.range)
        }
        if !names.contains(text) {
            let choice = T.self as? any JSONChoice.Type
            let what = choice?.choiceName ?? key.map { "\"\($0)\" value" } ?? "value"
            let message = JSONWording.unknownChoice(text, what: what, allowed: names, unknown: choice?.unknownAdjective ?? "unknown")
            throw JSONDecodingProblem(message: message, range: node.range)
        }
    }
    return try T(from: NodeDecoder(node: node, codingPath: path))
}

/// The raw values of a `CaseIterable` enum with `String` raw values, or nil for other types.
private func enumerationNames<T>(of type: T.Type) -> [String]? {
    guard let iterable = type as? any CaseIterable.Type else { return nil }
    func names<C: CaseIterable>(_ type: C.Type) -> [String] {
        type.allCases.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String }
    }
    let found = names(iterable)
    return found.isEmpty ? nil : found
}


private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let node: JSONNode
    let members: [JSONMember]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { members.contains { $0.key == key.stringValue } }

    private func member(_ key: Key) throws -> JSONNode {
        guard let found = members.first(where: { $0.key == key.stringValue }) else {
            throw JSONDecodingProblem(message: "missing required key \"\(key.stringValue)\"", range: node.range.lowerBound..<(node.range.lowerBound + 1))
        }
        return found.node
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let found = members.first(where: { $0.key == key.stringValue }) else { return true }
        return found.node.value == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decodeValue(type, try member(key), codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let found = members.first(where: { $0.key == key.stringValue }) else { return nil }
        if found.node.value == .null { return nil }
        return try decodeValue(type, found.node, codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: try member(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: try member(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { NodeDecoder(node: node, codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> any Decoder { NodeDecoder(node: try member(key), codingPath: codingPath + [key]) }
}

private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let items: [JSONNode]
    let codingPath: [any CodingKey]
    var currentIndex = 0
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(items: [JSONNode], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    private mutating func next() throws -> JSONNode {
        guard !isAtEnd else {
            throw JSONDecodingProblem(message: "expected more items", range: items.last?.range ?? 0..<0)
        }
        defer { currentIndex += 1 }
        return items[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].value == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let index = currentIndex
        return try decodeValue(type, try next(), codingPath + [IndexKey(index)])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: try next(), codingPath: codingPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: try next(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { NodeDecoder(node: try next(), codingPath: codingPath) }
}

private struct SingleNodeContainer: SingleValueDecodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { node.value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type, node, codingPath) }
}

/// Finds the name closest to a misspelled one, for "did you mean" hints.
public enum NearestName {
    /// Names longer than this get no suggestion: nobody mistypes a name that long, and the distance is quadratic.
    public static let maximumLength = 256

    /// The candidate within a small edit distance of `name` (case-insensitive), or nil.
    public static func find(_ name: String, among candidates: some Sequence<String>) -> String? {
        guard name.utf8.count <= maximumLength else { return nil }
        let lower = Array(name.lowercased().utf8)
        var best: (String, Int)?
        for candidate in candidates {
            // The distance is at least the difference in length: skip what cannot be near before comparing.
            let length = candidate.utf8.count
            let bound = max(2, min(lower.count, length) / 3)
            if length > maximumLength || length + bound < lower.count || (lower.count < 3 && length > lower.count + bound) { continue }
            let folded = Array(candidate.lowercased().utf8)
            // A name typed short ("warn" for "warning") counts as one edit away.
            let isPrefix = lower.count >= 3 && folded.starts(with: lower)
            let limit = max(2, min(lower.count, candidate.utf8.count) / 3)
            if !isPrefix, abs(folded.count - lower.count) > limit { continue }
            let distance = isPrefix ? 1 : editDistance(lower, folded)
            if distance <= limit, best.map({ distance < $0.1 }) ?? true { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Optimal-string-alignment distance (Levenshtein with adjacent transpositions).
    public static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

extension JSONNode {
    /// The member value of an object, or nil.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.node
    }

    /// The key range of an object member, or nil.
    public func keyRange(_ key: String) -> ByteRange? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.keyRange
    }

    /// The items of an array (empty for other values).
    public var items: [JSONNode] {
        if case .array(let items) = value { return items }
        return []
    }

    /// The string value, or nil.
    public var stringValue: String? {
        if case .string(let string) = value { return string }
        return nil
    }
}
