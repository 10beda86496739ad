import CareLint

/// `--format json`: the report of DESIGN.md, valid against Schemas/report.schema.json. Written file by file, so a
/// run over thousands of files never holds the whole report.
struct JSONReporter: Reporter {
    func begin(_ context: RunContext) -> String {
        let tool = JSONWriter.write(.object([("name", .string("carelint")), ("version", .string(CareLintVersion.string))]), indent: 2, level: 1)
        return "{\n  \"version\": 1,\n  \"tool\": " + tool + ",\n  \"files\": ["
    }

    func file(_ file: FileReport, before: RunSummary, context: RunContext) -> String {
        var json = JSONByteWriter(indent: 2, level: 2)
        json.open(0x7B)
        json.key("path")
        json.string(file.path)
        if let error = file.error {
            json.key("error")
            json.string(error)
        } else {
            json.key("diagnostics")
            json.open(0x5B)
            if let source = file.source {
                for diagnostic in file.diagnostics {
                    json.item()
                    Self.write(diagnostic, source, into: &json)
                }
            }
            json.close(0x5D)
        }
        json.close(0x7D)
        return (before.files == 0 ? "\n    " : ",\n    ") + String(decoding: json.bytes, as: UTF8.self)
    }

    /// A finding as DESIGN.md's report shows it, written straight into `json`.
    static func write(_ diagnostic: Diagnostic, _ source: SourceDocument, into json: inout JSONByteWriter) {
        json.open(0x7B)
        json.key("rule")
        json.string(diagnostic.rule)
        json.key("severity")
        json.string(diagnostic.severity.rawValue)
        json.key("message")
        json.string(diagnostic.message)
        json.key("range")
        write(diagnostic.range, source, into: &json)
        if !diagnostic.fixes.isEmpty {
            json.key("fixes")
            json.open(0x5B)
            for fix in diagnostic.fixes {
                json.item()
                json.open(0x7B)
                json.key("title")
                json.string(fix.title)
                json.key("safe")
                json.bool(fix.isSafe)
                json.key("edits")
                json.open(0x5B)
                for edit in fix.edits {
                    json.item()
                    write(edit.range, "newText", edit.newText, source, into: &json)
                }
                json.close(0x5D)
                json.close(0x7D)
            }
            json.close(0x5D)
        }
        if !diagnostic.related.isEmpty {
            json.key("related")
            json.open(0x5B)
            for related in diagnostic.related {
                json.item()
                write(related.range, "message", related.message, source, into: &json)
            }
            json.close(0x5D)
        }
        json.close(0x7D)
    }

    /// `{"range": …, key: text}`: a fix's edit and a related place have this shape.
    static func write(_ range: ByteRange, _ key: String, _ text: String, _ source: SourceDocument, into json: inout JSONByteWriter) {
        json.open(0x7B)
        json.key("range")
        write(range, source, into: &json)
        json.key(key)
        json.string(text)
        json.close(0x7D)
    }

    /// `SourceDocument.jsonRange` written into `json`.
    static func write(_ range: ByteRange, _ source: SourceDocument, into json: inout JSONByteWriter) {
        json.open(0x7B)
        for (name, offset) in [("start", range.lowerBound), ("end", range.upperBound)] {
            let position = source.position(at: offset)
            json.key(name)
            json.open(0x7B)
            json.key("line")
            json.int(position.line)
            json.key("column")
            json.int(position.column)
            json.key("offset")
            json.int(position.offset)
            json.close(0x7D)
        }
        json.close(0x7D)
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
}
