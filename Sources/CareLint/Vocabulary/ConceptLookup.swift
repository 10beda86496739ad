/// Finds concepts by any written form: term, variant, acronym, avoided form or locale spelling, and by near
/// misses of those forms.
extension Vocabulary {
    /// The concept a text names exactly (case-insensitive, inflections included), or nil.
    public func concept(named text: String) -> Int? {
        let document = ParsedDocument(SourceDocument(path: "query.txt", text: text, format: .plainText))
        let matches = termMatches(in: document, wordIDs: wordIDs(for: document))
        let words = document.tokens.filter { $0.kind != .punctuation }
        guard let match = matches.first, matches.count == 1, let first = words.first, let last = words.last,
              match.range.lowerBound <= first.start, match.range.upperBound >= last.end else {
            // An acronym typed in lower case still finds its concept.
            let upper = text.uppercased()
            return concepts.firstIndex { $0.acronym == upper }
        }
        return match.form.concept
    }

    /// Concepts with a form close to `text` (edit distance), best first.
    public func concepts(near text: String, limit: Int = 5) -> [Int] {
        let query = Array(text.lowercased().utf8)
        var scored: [(Int, Int)] = []
        for (index, concept) in concepts.enumerated() {
            var best = Int.max
            for form in concept.acceptedForms + concept.avoid + (concept.acronym.map { [$0] } ?? []) {
                best = min(best, NearestName.editDistance(query, Array(form.lowercased().utf8)))
            }
            let bound = max(1, query.count / 4)
            if best <= bound { scored.append((index, best)) }
        }
        return scored.sorted { ($0.1, concepts[$0.0].term) < ($1.1, concepts[$1.0].term) }.prefix(limit).map(\.0)
    }
}
