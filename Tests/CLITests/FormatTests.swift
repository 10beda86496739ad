@testable import carelint
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Each output format, parsed from the real output of the built binary with a real parser.
@Suite("carelint check --format sarif|github|junit|checkstyle")
struct FormatTests {
    static let draft = "# Liver care\n\nThe hepatic vein drains the tumour. HAI is used, then hepatic arterial infusion (HAI) again.\n"

    private func run(_ format: String, files: [String: String] = ["page.md": FormatTests.draft], paths: [String] = ["page.md"]) throws -> CarelintProcess.Output {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(files))
        return try CarelintProcess.run(["check"] + paths + ["--format", format], in: folder)
    }

    @Test("SARIF: rules with help, unicodeCodePoints regions, fixes and related locations")
    func sarif() throws {
        let output = try run("sarif")
        #expect(output.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        #expect(root["$schema"] as? String == SARIFReporter.schemaURI)
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "carelint")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.contains("vocab/jargon") && ids.contains("spelling/locale") && ids.contains("vocab/acronym"))
        let jargon = try #require(rules.first { $0["id"] as? String == "vocab/jargon" })
        let help = try #require((jargon["help"] as? [String: Any])?["text"] as? String)
        #expect(help.hasPrefix("# vocab/jargon\n\nA medical word with a plain alternative is used without explanation.\n"))
        #expect((jargon["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["vocab/jargon", "spelling/locale", "vocab/acronym"])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ids[index] == result["ruleId"] as? String)
        }
        func region(_ location: Any?) throws -> [String: Int] {
            let physical = try #require((location as? [String: Any])?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: String])
            #expect(artifact == ["uri": "page.md", "uriBaseId": "%SRCROOT%"])
            return try #require(physical["region"] as? [String: Int])
        }
        #expect(try region((results[0]["locations"] as? [Any])?.first)
            == ["startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 12, "byteOffset": 18, "byteLength": 7])
        let fix = try #require((results[1]["fixes"] as? [[String: Any]])?.first)
        #expect((fix["description"] as? [String: String])?["text"] == "Replace with \"tumor\"")
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["insertedContent"] as? [String: String])?["text"] == "tumor")
        #expect(try region(["physicalLocation": ["artifactLocation": change["artifactLocation"]!, "region": replacement["deletedRegion"]!]])
            == ["startLine": 3, "startColumn": 29, "endLine": 3, "endColumn": 35, "byteOffset": 42, "byteLength": 6])
        let related = try #require((results[2]["relatedLocations"] as? [[String: Any]])?.first)
        #expect(try region(related)["startColumn"] == 37)
        #expect((related["message"] as? [String: String])?["text"] == "\"HAI\" is first used here")
    }

    @Test("SARIF columns count Unicode code points after an emoji and an accent")
    func sarifColumns() throws {
        let output = try run("sarif", files: ["page.md": "# Care\n\n😀 Café: the hepatic vein.\n"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let result = try #require(((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let region = try #require(location["region"] as? [String: Int])
        // "😀 Café: the " is 12 scalars, so "hepatic" starts at column 13; bytes: 4 + 1 + 5 + 6 = 16 after line 3's start (8).
        #expect(region == ["startLine": 3, "startColumn": 13, "endLine": 3, "endColumn": 20, "byteOffset": 24, "byteLength": 7])
    }

    @Test("GitHub: one workflow command per finding, properties and message escaped as GitHub requires")
    func github() throws {
        let output = try run("github", files: ["a,b:c.md": FormatTests.draft], paths: ["a,b:c.md"])
        #expect(output.status == 0)
        #expect(output.stdout == """
        ::warning file=a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=12,title=vocab/jargon::Write "liver" instead of the medical word "hepatic", or explain it where it first appears.%0AFix: Replace with "liver"
        ::warning file=a%2Cb%3Ac.md,line=3,col=29,endLine=3,endColumn=35,title=spelling/locale::"tumour" is the en-GB spelling; write "tumor" in en-US.%0AFix: Replace with "tumor"
        ::warning file=a%2Cb%3Ac.md,line=3,col=82,endLine=3,endColumn=85,title=vocab/acronym::"HAI" is spelled out here, after its first use on line 3; spell it out at its first use instead.

        """)
        #expect(GitHubReporter.escapeData("100% sure\r\nnext") == "100%25 sure%0D%0Anext")
        #expect(GitHubReporter.escapeProperty("a:b,c%") == "a%3Ab%2Cc%25")
    }

    private func xml(_ text: String) throws -> XMLElement {
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        return try #require(document.rootElement())
    }

    @Test("JUnit: a testsuite per file, a failure per finding, a passing case for a clean file, an error for an unreadable one")
    func junit() throws {
        let output = try run("junit", files: ["page.md": FormatTests.draft, "clean.md": "# Care\n\nDrink water.\n"], paths: ["clean.md", "page.md", "gone.md"])
        #expect(output.status == 2)
        let root = try xml(output.stdout)
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == ["clean.md", "page.md", "gone.md"])
        #expect(suites.map { $0.attribute(forName: "failures")?.stringValue } == ["0", "3", "0"])
        #expect(suites[0].elements(forName: "testcase").count == 1)
        #expect(suites[0].elements(forName: "testcase").first?.elements(forName: "failure").isEmpty == true)
        let failures = suites[1].elements(forName: "testcase").compactMap { $0.elements(forName: "failure").first }
        #expect(failures.map { $0.attribute(forName: "type")?.stringValue } == ["vocab/jargon", "spelling/locale", "vocab/acronym"])
        #expect(failures[1].attribute(forName: "message")?.stringValue == "\"tumour\" is the en-GB spelling; write \"tumor\" in en-US.")
        #expect(failures[1].stringValue == "page.md:3:29: warning: \"tumour\" is the en-GB spelling; write \"tumor\" in en-US. [spelling/locale]")
        let error = try #require(suites[2].elements(forName: "testcase").first?.elements(forName: "error").first)
        #expect(error.attribute(forName: "message")?.stringValue == "no such file or folder")
    }

    @Test("Checkstyle: a file element per file, an error element per finding with line, column, severity and source")
    func checkstyle() throws {
        let output = try run("checkstyle")
        let root = try xml(output.stdout)
        #expect(root.name == "checkstyle")
        let file = try #require(root.elements(forName: "file").first)
        #expect(file.attribute(forName: "name")?.stringValue == "page.md")
        let errors = file.elements(forName: "error")
        let rows = errors.map { element in
            ["line", "column", "severity", "source"].map { element.attribute(forName: $0)?.stringValue ?? "-" }.joined(separator: " ")
        }
        #expect(rows == ["3 5 warning carelint.vocab/jargon", "3 29 warning carelint.spelling/locale", "3 82 warning carelint.vocab/acronym"])
    }

    @Test("XML output stays well-formed with markup and control characters in paths and messages")
    func xmlEscaping() throws {
        #expect(XMLText.escape("a<b>&\"c'\u{1}\n") == "a&lt;b&gt;&amp;&quot;c&apos;\u{FFFD}&#10;")
        let output = try run("checkstyle", files: ["<&>.md": FormatTests.draft], paths: ["<&>.md"])
        let root = try xml(output.stdout)
        #expect(root.elements(forName: "file").first?.attribute(forName: "name")?.stringValue == "<&>.md")
    }

    @Test("JSON streams file by file and still parses, with the summary at the end")
    func jsonStreams() throws {
        let output = try run("json", files: ["a.md": FormatTests.draft, "b.md": "# Care\n\nDrink water.\n"], paths: ["a.md", "b.md"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["a.md", "b.md"])
        #expect((files[1]["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(root["summary"] as? [String: Int] == ["files": 2, "errors": 0, "warnings": 3, "infos": 0])
    }
}
