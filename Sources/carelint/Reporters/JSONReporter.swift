import CareLint

/// `--format json`: the report of DESIGN.md, valid against Schemas/report.schema.json. Written file by file, so a
/// run over thousands of files never holds the whole report.
struct JSONReporter: Reporter {
    func begin(_ context: RunContext) -> String {
        let tool = JSONWriter.write(.object([("name", .string("carelint")), ("version", .string(CareLintVersion.string))]), indent: 2, level: 1)
        return "{\n  \"version\": 1,\n  \"tool\": " + tool + ",\n  \"files\": ["
    }

    func file(_ file: FileReport, before: RunSummary, context: RunContext) -> String {
        var members: [(String, JSONWriter.Value)] = [("path", .string(file.path))]
        if let error = file.error {
            members.append(("error", .string(error)))
        } else if let source = file.source {
            members.append(("diagnostics", .array(file.diagnostics.map { Self.diagnostic(source, $0) })))
        } else {
            members.append(("diagnostics", .array([])))
        }
        return (before.files == 0 ? "\n    " : ",\n    ") + JSONWriter.write(.object(members), indent: 2, level: 2)
    }

    func end(_ summary: RunSummary, context: RunContext) -> String {
        var totals: [(String, JSONWriter.Value)] = [
            ("files", .int(summary.files)), ("errors", .int(summary.errors)),
            ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos)),
        ]
        if context.hasBaseline { totals.append(("baseline", .int(summary.baselined))) }
        let closing = summary.files == 0 ? "]" : "\n  ]"
        return closing + ",\n  \"summary\": " + JSONWriter.write(.object(totals), indent: 2, level: 1) + "\n}\n"
    }

    static func diagnostic(_ source: SourceDocument, _ diagnostic: Diagnostic) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("rule", .string(diagnostic.rule)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("range", source.jsonRange(diagnostic.range)),
        ]
        if !diagnostic.fixes.isEmpty {
            members.append(("fixes", .array(diagnostic.fixes.map { fix in
                .object([
                    ("title", .string(fix.title)),
                    ("safe", .bool(fix.isSafe)),
                    ("edits", .array(fix.edits.map { .object([("range", source.jsonRange($0.range)), ("newText", .string($0.newText))]) })),
                ])
            })))
        }
        if !diagnostic.related.isEmpty {
            members.append(("related", .array(diagnostic.related.map {
                .object([("range", source.jsonRange($0.range)), ("message", .string($0.message))])
            })))
        }
        return .object(members)
    }
}
