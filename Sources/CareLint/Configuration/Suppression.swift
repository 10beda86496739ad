/// Inline suppression comments: `<!-- carelint-disable RULE... -->`, `<!-- carelint-enable RULE... -->` and
/// `<!-- carelint-disable-next-line RULE... -->`; no rule list means every rule.
public struct Suppressions: Sendable {
    private struct Region {
        var rules: Set<String>?   // nil: every rule
        var range: ByteRange
    }

    /// A rule id in a comment that names no rule.
    public struct UnknownRule: Sendable, Equatable {
        /// The id as written.
        public var id: String
        /// Where it is written.
        public var range: ByteRange
        /// The nearest known id.
        public var suggestion: String?
    }

    private var regions: [Region] = []
    /// Ids in comments that name no rule.
    public private(set) var unknownRules: [UnknownRule] = []

    /// Reads the directives of a document's comments.
    public init(document: ParsedDocument, knownRules: Set<String>) {
        let bytes = document.source.bytes
        var open: [String: Int] = [:]     // rule (or "*") → start offset
        for comment in document.layout.comments {
            let words = Suppressions.words(bytes, comment.body)
            guard let directive = words.first, directive.text.hasPrefix("carelint-") else { continue }
            var ids: [String] = []
            for word in words.dropFirst() {
                let id = word.text.hasSuffix(",") ? String(word.text.dropLast()) : word.text
                if id.isEmpty { continue }
                if id == "--" { break }   // a reason follows
                if knownRules.contains(id) {
                    ids.append(id)
                } else {
                    unknownRules.append(UnknownRule(id: id, range: word.range, suggestion: NearestName.find(id, among: knownRules)))
                }
            }
            let allRules = words.count == 1
            if !allRules, ids.isEmpty { continue }   // only unknown ids: nothing to apply
            let keys = allRules ? ["*"] : ids
            switch directive.text {
            case "carelint-disable":
                // Before any prose (only front matter or other comments above it), the comment covers the whole
                // document, so findings about the document as a whole (anchored at its start) are silenced too.
                let start = document.layout.blocks.contains { $0.range.lowerBound < comment.range.lowerBound } ? comment.range.upperBound : 0
                for key in keys where open[key] == nil { open[key] = start }
            case "carelint-enable":
                if allRules {
                    for (key, start) in open { add(key, start..<comment.range.lowerBound) }
                    open.removeAll()
                } else {
                    for key in keys {
                        if let start = open.removeValue(forKey: key) { add(key, start..<comment.range.lowerBound) }
                    }
                }
            case "carelint-disable-next-line":
                let source = document.source
                let line = source.lineIndex(of: comment.range.upperBound)
                if line + 1 < source.lineCount {
                    let next = source.lineContentRange(line + 1)
                    for key in keys { add(key, next.lowerBound..<(next.upperBound + 1)) }
                }
            case "carelint-disable-line":
                let source = document.source
                let line = source.lineContentRange(source.lineIndex(of: comment.range.lowerBound))
                for key in keys { add(key, line.lowerBound..<(line.upperBound + 1)) }
            default:
                continue
            }
        }
        for (key, start) in open { add(key, start..<(bytes.count + 1)) }
    }

    private mutating func add(_ key: String, _ range: ByteRange) {
        regions.append(Region(rules: key == "*" ? nil : [key], range: range))
    }

    /// True when a diagnostic is silenced by a comment.
    public func suppresses(_ diagnostic: Diagnostic) -> Bool {
        regions.contains { region in
            region.range.contains(diagnostic.range.lowerBound) && (region.rules?.contains(diagnostic.rule) ?? true)
        }
    }

    private static func words(_ bytes: [UInt8], _ range: ByteRange) -> [(text: String, range: ByteRange)] {
        var words: [(text: String, range: ByteRange)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, bytes[index] <= 0x20 { index += 1 }
            let start = index
            while index < range.upperBound, bytes[index] > 0x20 { index += 1 }
            if index > start { words.append((String(decoding: bytes[start..<index], as: UTF8.self), start..<index)) }
        }
        return words
    }
}
