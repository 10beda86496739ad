import CareLint

/// `--format json`: the report of DESIGN.md, valid against Schemas/report.schema.json. Written file by file, so a
/// run over thousands of files never holds the whole report.
struct JSONReporter: Reporter {
    func begin(_ context: RunContext) -> String {
        let tool = JSONWriter.write(.object([("name", .string("carelint")), ("version", .string(CareLintVersion.string))]), indent: 2, level: 1)
        return "{\n  \"version\": 1,\n  \"tool\": " + tool + ",\n  \"files\": ["
    }

    func file(_ file: FileReport, before: RunSummary, context: RunContext) -> String {
        String(decoding: bytes(file, before: before), as: UTF8.self)
    }

    func fileBytes(_ file: FileReport, before: RunSummary, context: RunContext) -> [UInt8]? {
        bytes(file, before: before)
    }

    /// The file's entry, written straight into bytes (the CLI writes them as they are).
    private func bytes(_ file: FileReport, before: RunSummary) -> [UInt8] {
        var json = JSONByteWriter(indent: 2, level: 2, prefix: before.files == 0 ? "\n    " : ",\n    ")
        json.open(0x7B)
        json.key(plain: "path")
        json.string(file.path)
        if let error = file.error {
            json.key(plain: "error")
            json.string(error)
        } else {
            json.key(plain: "diagnostics")
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
        return json.bytes
    }

    /// A finding as DESIGN.md's report shows it, written straight into `json`.
    static func write(_ diagnostic: Diagnostic, _ source: SourceDocument, into json: inout JSONByteWriter) {
        json.open(0x7B)
        json.key(plain: "rule")
        json.string(diagnostic.rule)
        json.key(plain: "severity")
        json.string(diagnostic.severity.rawValue)
        json.key(plain: "message")
        json.string(diagnostic.message)
        json.key(plain: "range")
        write(diagnostic.range, source, into: &json)
        if !diagnostic.fixes.isEmpty {
            json.key(plain: "fixes")
            json.open(0x5B)
            for fix in diagnostic.fixes {
                json.item()
                json.open(0x7B)
                json.key(plain: "title")
                json.string(fix.title)
                json.key(plain: "safe")
                json.bool(fix.isSafe)
                json.key(plain: "edits")
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
            json.key(plain: "related")
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
    static func write(_ range: ByteRange, _ key: StaticString, _ text: String, _ source: SourceDocument, into json: inout JSONByteWriter) {
        json.open(0x7B)
        json.key(plain: "range")
        write(range, source, into: &json)
        json.key(plain: key)
        json.string(text)
        json.close(0x7D)
    }

    /// `SourceDocument.jsonRange` written into `json`.
    static func write(_ range: ByteRange, _ source: SourceDocument, into json: inout JSONByteWriter) {
        json.open(0x7B)
        json.key(plain: "start")
        write(source.position(at: range.lowerBound), into: &json)
        json.key(plain: "end")
        write(source.position(at: range.upperBound), into: &json)
        json.close(0x7D)
    }

    /// `{"line": …, "column": …, "offset": …}`.
    static func write(_ position: SourcePosition, into json: inout JSONByteWriter) {
        json.open(0x7B)
        json.key(plain: "line")
        json.int(position.line)
        json.key(plain: "column")
        json.int(position.column)
        json.key(plain: "offset")
        json.int(position.offset)
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
