/// `carelint/scorecard` parameters: the document to score.
struct ScorecardParams: Decodable, Sendable {
    var textDocument: TextDocumentIdentifier
}

/// `carelint/scorecard` result: the page's PEMAT-informed and CCI-informed scores and every item's verdict, with
/// the places that decide it as ranges in the negotiated position encoding. The same content as one page of
/// `carelint score --format json`.
struct ScorecardResult: Encodable, Sendable, Equatable {
    struct Score: Encodable, Sendable, Equatable {
        var domain: String
        var label: String
        /// points ÷ rated × 100, one decimal; absent when nothing was rated.
        var score: Double?
        var points: Int
        var rated: Int
        var needsPerson: Int
        var passMark: Double
    }

    struct Place: Encodable, Sendable, Equatable {
        var note: String
        var range: LSPRange
    }

    struct Item: Encodable, Sendable, Equatable {
        var id: String
        var title: String
        /// pass, fail, n/a or needs-person.
        var verdict: String
        var estimated: Bool
        var reason: String
        var evidence: [Place]
    }

    var scores: [Score]
    var items: [Item]
}
