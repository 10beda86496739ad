import Foundation
import Testing

@Suite("carelint score, end to end")
struct ScoreCommandTests {
    /// Passes every automated PEMAT actionability item; one hard number fails PEMAT 6 and CCI 15.
    static let page = "# Caring for a cast\n\nA cast holds a broken bone still while it heals.\n\n1. Keep the cast dry.\n2. Raise your arm on a pillow for 2 days.\n\nSwelling goes down in 72.5% of cases.\n"
    /// No action at all: PEMAT actionability scores 0.
    static let noAction = "# Casts\n\nA cast is a hard shell made of plaster. It holds a bone still.\n"

    @Test("Text: the three scores, each item's verdict and reason, evidence at file:line:column for failures")
    func text() throws {
        let folder = try CarelintProcess.folder(["page.md": Array(Self.page.utf8)])
        let result = try CarelintProcess.run(["score", "page.md"], in: folder)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "page.md")
        #expect(lines.contains("  PEMAT-informed actionability: 100 (3/3, passes 70) (range 43–100 with 4 item(s) for a person)"))
        #expect(lines.contains("  FAIL pemat/6   Numbers are clear: 1 number(s) are hard to use without a plain gloss (percentages, decimals, fractions, large numbers)."))
        #expect(lines.contains("       page.md:8:23: a percentage without a plain-words gloss"))
        #expect(lines.contains("  pass pemat/22  Explicit steps (estimated): The actions are numbered steps."))
        #expect(lines.last?.hasPrefix("  needs a person: pemat/2, pemat/10") == true)
    }

    @Test("Gates: --fail-on-score exits 1 when a page is below, 0 when every page reaches it, 2 on a malformed gate")
    func gates() throws {
        let folder = try CarelintProcess.folder(["page.md": Array(Self.page.utf8), "plain.md": Array(Self.noAction.utf8)])
        #expect(try CarelintProcess.run(["score", "page.md", "--fail-on-score", "pemat-actionability<70"], in: folder).status == 0)
        #expect(try CarelintProcess.run(["score", "plain.md", "--fail-on-score", "pemat-actionability<70"], in: folder).status == 1)
        #expect(try CarelintProcess.run(["score", "page.md", "plain.md", "--fail-on-score", "cci<10", "--fail-on-score", "pemat-actionability<1"], in: folder).status == 1)
        let bad = try CarelintProcess.run(["score", "page.md", "--fail-on-score", "pemat<70"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--fail-on-score takes DOMAIN<N"))
        let missing = try CarelintProcess.run(["score", "nothere.md"], in: folder)
        #expect(missing.status == 2)
    }

    @Test("JSON follows Schemas/scorecard.schema.json and carries evidence ranges and pass rates")
    func json() throws {
        let folder = try CarelintProcess.folder(["page.md": Array(Self.page.utf8), "plain.md": Array(Self.noAction.utf8)])
        let result = try CarelintProcess.run(["score", "page.md", "plain.md", "--format", "json"], in: folder)
        #expect(result.status == 0)
        let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schemas/scorecard.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        var problems: [String] = []
        MiniSchema(root: schema).validate(root, against: schema, at: "$", problems: &problems)
        #expect(problems.isEmpty, "\(problems)")
        let pages = try #require((root as? [String: Any])?["pages"] as? [[String: Any]])
        let items = try #require(pages[0]["items"] as? [[String: Any]])
        let numbers = try #require(items.first { $0["id"] as? String == "pemat/6" })
        #expect(numbers["verdict"] as? String == "fail")
        let evidence = try #require((numbers["evidence"] as? [[String: Any]])?.first)
        let start = try #require((evidence["range"] as? [String: Any])?["start"] as? [String: Any])
        #expect(start["line"] as? Int == 8)
        #expect(start["column"] as? Int == 23)
        let rates = try #require((root as? [String: Any])?["passRates"] as? [[String: Any]])
        let action = try #require(rates.first { $0["id"] as? String == "pemat/20" })
        #expect(action["passed"] as? Int == 1)
        #expect(action["rated"] as? Int == 2)
    }

    @Test("HTML: pass rates and evidence links to file and line")
    func html() throws {
        let folder = try CarelintProcess.folder(["page.md": Array(Self.page.utf8)])
        let result = try CarelintProcess.run(["score", "page.md", "--html", "out/score.html"], in: folder)
        #expect(result.status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("out/score.html"), encoding: .utf8)
        #expect(html.contains("<h2>Pass rate per item</h2>"))
        #expect(html.contains("<a href=\"../page.md#L8\" title=\"a percentage without a plain-words gloss\">8:23</a>"))
    }

    @Test("explain prints an item's verdict rule; score --items lists the items")
    func explain() throws {
        let result = try CarelintProcess.run(["explain", "pemat/5"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# pemat/5: Active voice\n"))
        #expect(result.stdout.contains("`scorecard.passiveShare`"))
        let person = try CarelintProcess.run(["explain", "cci/4"])
        #expect(person.stdout.contains("only a person can rate this item"))
        let list = try CarelintProcess.run(["score", "--items"])
        #expect(list.stdout.contains("pemat/4   automatic Medical terms are defined\n"))
    }
}

/// Just enough of JSON Schema for the project's schemas: type, const, enum, required, properties,
/// additionalProperties false, items, oneOf of required sets, and local $ref.
struct MiniSchema {
    var root: [String: Any]

    func validate(_ value: Any, against schema: [String: Any], at path: String, problems: inout [String]) {
        if let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/"),
           let target = (root["$defs"] as? [String: Any])?[String(ref.dropFirst(8))] as? [String: Any] {
            return validate(value, against: target, at: path, problems: &problems)
        }
        if let types = schema["type"] {
            let allowed = (types as? [String]) ?? [types as? String ?? ""]
            if !allowed.contains(where: { matches(value, $0) }) { problems.append("\(path): not \(allowed)") }
        }
        if let options = schema["enum"] as? [String], !options.contains(value as? String ?? "\u{0}") { problems.append("\(path): not in \(options)") }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { problems.append("\(path): missing \(key)") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in object {
                if let sub = properties[key] as? [String: Any] {
                    validate(member, against: sub, at: path + "." + key, problems: &problems)
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected \(key)")
                }
            }
            if let oneOf = schema["oneOf"] as? [[String: Any]] {
                let fitting = oneOf.filter { ($0["required"] as? [String] ?? []).allSatisfy { object[$0] != nil } }
                if fitting.count != 1 { problems.append("\(path): matches \(fitting.count) of oneOf") }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { validate(element, against: items, at: "\(path)[\(index)]", problems: &problems) }
        }
    }

    func isBool(_ value: Any) -> Bool {
        if let number = value as? NSNumber, !(type(of: value) == Bool.self) { return String(cString: number.objCType) == "c" }
        return type(of: value) == Bool.self
    }

    func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "null": value is NSNull
        case "boolean": isBool(value)
        case "integer": !isBool(value) && ((value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false)
        case "number": !isBool(value) && value is NSNumber
        default: true
        }
    }
}
