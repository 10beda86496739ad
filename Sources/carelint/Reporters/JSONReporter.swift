import CareLint

/// `--format json`: the report of DESIGN.md, valid against Schemas/report.schema.json.
struct JSONReporter: Reporter {
    static let name = "json"

    func render(_ report: RunReport) -> String {
        let files: [JSONWriter.Value] = report.files.map { file in
            var members: [(String, JSONWriter.Value)] = [("path", .string(file.path))]
            if let error = file.error {
                members.append(("error", .string(error)))
            } else if let source = file.source {
                members.append(("diagnostics", .array(file.diagnostics.map { diagnostic(source, $0) })))
            }
            return .object(members)
        }
        let root: JSONWriter.Value = .object([
            ("version", .int(1)),
            ("tool", .object([("name", .string("carelint")), ("version", .string(CareLintVersion.string))])),
            ("files", .array(files)),
            ("summary", .object([
                ("files", .int(report.files.count)),
                ("errors", .int(report.count(.error))),
                ("warnings", .int(report.count(.warning))),
                ("infos", .int(report.count(.info))),
            ])),
        ])
        return JSONWriter.write(root, indent: 2) + "\n"
    }

    private func diagnostic(_ source: SourceDocument, _ diagnostic: Diagnostic) -> JSONWriter.Value {
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
