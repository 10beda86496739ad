extension Linter {
    /// Lints a document and scores it from the same analysis: one parse, one set of vocabulary matches.
    public func lintAndScore(_ document: ParsedDocument, configuration: ResolvedConfiguration, localeOverride: String? = nil) -> (diagnostics: [Diagnostic], scorecard: Scorecard) {
        let (diagnostics, analysis) = lint(document, configuration: configuration, localeOverride: localeOverride)
        return (diagnostics, Scorer(analysis: analysis, diagnostics: diagnostics, linter: self).scorecard())
    }
}

extension Scorecard {
    /// The scorecard as JSON (the `pages[]` member of Schemas/scorecard.schema.json): scores, then every item
    /// with its verdict, reason and evidence ranges (1-based lines and columns, byte offsets).
    public func json(source: SourceDocument) -> JSONWriter.Value {
        let figures = ScorecardFigures(self)
        func number(_ value: Double?) -> JSONWriter.Value { value.map { .double(ScorecardFigures.rounded($0)) } ?? .null }
        let scores: [JSONWriter.Value] = figures.scores.map { score in
            .object([
                ("domain", .string(score.domain)),
                ("label", .string(score.label)),
                ("score", number(score.score)),
                ("points", .int(score.points)),
                ("rated", .int(score.rated)),
                ("needsPerson", .int(score.needsPerson)),
                ("lowest", number(score.lowest)),
                ("highest", number(score.highest)),
                ("passMark", .double(score.passMark)),
                ("passes", score.passes.map { .bool($0) } ?? .null),
            ])
        }
        let items: [JSONWriter.Value] = figures.items.map { item in
            .object([
                ("id", .string(item.id)),
                ("title", .string(item.title)),
                ("domain", .string(item.domain)),
                ("verdict", .string(item.verdict)),
                ("estimated", .bool(item.estimated)),
                ("reason", .string(item.reason)),
                ("evidence", .array(item.evidence.map { $0.json(source: source) })),
            ])
        }
        return .object([("scores", .array(scores)), ("items", .array(items))])
    }
}

extension Evidence {
    /// The place as JSON: start and end line/column (1-based, columns in characters) and byte offsets.
    public func json(source: SourceDocument) -> JSONWriter.Value {
        let start = source.position(at: range.lowerBound)
        let end = source.position(at: range.upperBound)
        return .object([
            ("note", .string(note)),
            ("range", .object([
                ("start", .object([("line", .int(start.line)), ("column", .int(start.column)), ("offset", .int(start.offset))])),
                ("end", .object([("line", .int(end.line)), ("column", .int(end.column)), ("offset", .int(end.offset))])),
            ])),
        ])
    }
}
