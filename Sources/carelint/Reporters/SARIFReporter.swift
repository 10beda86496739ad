import CareLint
import Foundation

/// `--format sarif`: SARIF 2.1.0 for code-scanning services. One run; `tool.driver.rules` carries every rule with
/// its documentation as help; regions are 1-based with `columnKind` unicodeCodePoints (the end column is
/// exclusive, as SARIF defines it); fixes become SARIF `fixes`, related ranges `relatedLocations`; files that
/// could not be read become tool execution notifications. With a baseline, results say `baselineState` and the
/// baselined ones carry an external suppression.
struct SARIFReporter: Reporter {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let baseID = "%SRCROOT%"

    func begin(_ context: RunContext) -> String {
        let driver: JSONWriter.Value = .object([
            ("name", .string("carelint")),
            ("version", .string(CareLintVersion.string)),
            ("semanticVersion", .string(CareLintVersion.string)),
            ("informationUri", .string("https://carelint.dev")),
            ("rules", .array(context.rules.map(Self.rule))),
        ])
        let base: JSONWriter.Value = .object([(Self.baseID, .object([("uri", .string(Self.fileURI(directory: context.workingDirectory)))]))])
        var text = "{\n  \"$schema\": " + JSONWriter.write(.string(Self.schemaURI)) + ",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
        text += "      \"tool\": {\n        \"driver\": " + JSONWriter.write(driver, indent: 2, level: 4) + "\n      },\n"
        text += "      \"columnKind\": \"unicodeCodePoints\",\n"
        text += "      \"originalUriBaseIds\": " + JSONWriter.write(base, indent: 2, level: 3) + ",\n"
        text += "      \"results\": ["
        return text
    }

    func file(_ report: FileReport, before: RunSummary, context: RunContext) -> String {
        guard let source = report.source else { return "" }
        var written = before.findings
        var text = ""
        let all = report.diagnostics.map { ($0, false) } + report.baselined.map { ($0, true) }
        for (diagnostic, isBaselined) in all {
            let value = result(diagnostic, baselined: isBaselined, source: source, path: report.path, context: context, ruleIndex: context.ruleIndex[diagnostic.rule])
            text += (written == 0 ? "\n        " : ",\n        ") + JSONWriter.write(value, indent: 2, level: 4)
            written += 1
        }
        return text
    }

    func end(_ summary: RunSummary, context: RunContext) -> String {
        let notifications: [JSONWriter.Value] = summary.unreadableFiles.map { file in
            .object([
                ("level", .string("error")),
                ("message", .object([("text", .string(file.message))])),
                ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", Self.artifact(file.path, context: context))]))])])),
            ])
        }
        var invocation: [(String, JSONWriter.Value)] = [("executionSuccessful", .bool(summary.unreadable == 0))]
        if !notifications.isEmpty { invocation.append(("toolExecutionNotifications", .array(notifications))) }
        var text = summary.findings == 0 ? "]" : "\n      ]"
        text += ",\n      \"invocations\": [\n        " + JSONWriter.write(.object(invocation), indent: 2, level: 4) + "\n      ]"
        return text + "\n    }\n  ]\n}\n"
    }

    // MARK: - Pieces

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func rule(_ rule: RuleDescription) -> JSONWriter.Value {
        let documentation = RuleDocumentation.render(rule)
        let level = rule.defaultSeverity.severity.map(Self.level) ?? "none"
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(ruleName(rule.id))),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("help", .object([("text", .string(documentation)), ("markdown", .string(documentation))])),
            ("defaultConfiguration", .object([("enabled", .bool(rule.defaultSeverity != .off)), ("level", .string(level))])),
            ("properties", .object([("tags", .array([.string(rule.group), .string("patient-education")]))])),
        ])
    }

    /// "vocab/define-on-first-use" → "VocabDefineOnFirstUse" (SARIF's rule name is an identifier-like word).
    static func ruleName(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    func result(_ diagnostic: Diagnostic, baselined: Bool, source: SourceDocument, path: String, context: RunContext, ruleIndex: Int?) -> JSONWriter.Value {
        let artifact = Self.artifact(path, context: context)
        var members: [(String, JSONWriter.Value)] = [("ruleId", .string(diagnostic.rule))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members += [
            ("level", .string(Self.level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", artifact), ("region", Self.region(diagnostic.range, source))]))])])),
        ]
        if !diagnostic.related.isEmpty {
            members.append(("relatedLocations", .array(diagnostic.related.enumerated().map { index, related in
                .object([
                    ("id", .int(index + 1)),
                    ("physicalLocation", .object([("artifactLocation", artifact), ("region", Self.region(related.range, source))])),
                    ("message", .object([("text", .string(related.message))])),
                ])
            })))
        }
        if !diagnostic.fixes.isEmpty {
            members.append(("fixes", .array(diagnostic.fixes.map { fix in
                .object([
                    ("description", .object([("text", .string(fix.title))])),
                    ("artifactChanges", .array([.object([
                        ("artifactLocation", artifact),
                        ("replacements", .array(fix.edits.map { edit in
                            .object([("deletedRegion", Self.region(edit.range, source)), ("insertedContent", .object([("text", .string(edit.newText))]))])
                        })),
                    ])])),
                ])
            })))
        }
        if context.hasBaseline {
            members.append(("baselineState", .string(baselined ? "unchanged" : "new")))
            if baselined {
                members.append(("suppressions", .array([.object([("kind", .string("external")), ("justification", .string("Listed in the CareLint baseline."))])])))
            }
        }
        return .object(members)
    }

    static func region(_ range: ByteRange, _ source: SourceDocument) -> JSONWriter.Value {
        let start = source.position(at: range.lowerBound)
        let end = source.position(at: range.upperBound)
        return .object([
            ("startLine", .int(start.line)), ("startColumn", .int(start.column)),
            ("endLine", .int(end.line)), ("endColumn", .int(end.column)),
            ("byteOffset", .int(range.lowerBound)), ("byteLength", .int(range.count)),
        ])
    }

    /// A path inside the working folder is a relative URI against %SRCROOT%; any other is an absolute file URI.
    static func artifact(_ path: String, context: RunContext) -> JSONWriter.Value {
        let absolute = path.hasPrefix("/") ? path : context.workingDirectory + path
        let standardized = URL(fileURLWithPath: absolute).standardizedFileURL.path
        if standardized.hasPrefix(context.workingDirectory) {
            let relative = String(standardized.dropFirst(context.workingDirectory.count))
            return .object([("uri", .string(percentEncoded(relative))), ("uriBaseId", .string(baseID))])
        }
        return .object([("uri", .string("file://" + percentEncoded(standardized)))])
    }

    static func fileURI(directory: String) -> String { "file://" + percentEncoded(directory.hasSuffix("/") ? directory : directory + "/") }

    static func percentEncoded(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";?#[]")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
