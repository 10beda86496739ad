import Foundation
import Testing

@Suite("carelint check, end to end")
struct CheckCommandTests {
    /// Today's date, so the draft's review date never goes stale (structure/review-date).
    static let today: String = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }()
    /// 29 bytes of front matter ("---\n", "reviewed: YYYY-MM-DD\n", "---\n"), then the prose.
    static let draft = "---\nreviewed: \(today)\n---\n# Liver care\n\nThe hepatic tissue feeds the tumor.\n"

    @Test("Findings are printed like a compiler's, with a caret under the exact range")
    func textOutput() throws {
        let folder = try CarelintProcess.folder(["page.md": Array(Self.draft.utf8)])
        let result = try CarelintProcess.run(["check", "page.md"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == """
        page.md:6:5: warning: Write "liver" instead of the medical word "hepatic", or explain it where it first appears. [vocab/jargon]
            The hepatic tissue feeds the tumor.
                ^~~~~~~
            fix: Replace with "liver"
        0 errors, 1 warning, 0 notes in 1 file (1 file checked).

        """)
    }

    @Test("--fail-on warning exits 1; --rule off silences; --quiet drops the summary")
    func exitCodes() throws {
        let folder = try CarelintProcess.folder(["page.md": Array(Self.draft.utf8)])
        #expect(try CarelintProcess.run(["check", "page.md", "--fail-on", "warning"], in: folder).status == 1)
        let off = try CarelintProcess.run(["check", "page.md", "--fail-on=warning", "--rule", "vocab/jargon=off"], in: folder)
        #expect(off.status == 0)
        #expect(off.stdout == "No problems found in 1 file.\n")
        let quiet = try CarelintProcess.run(["check", "page.md", "--quiet"], in: folder)
        #expect(quiet.stdout.isEmpty)
    }

    @Test("Standard input with --stdin-filename; JSON output parses and has the report's shape")
    func standardInputJSON() throws {
        let result = try CarelintProcess.run(["check", "-", "--stdin-filename", "draft.md", "--format", "json"], input: Data(Self.draft.utf8))
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "draft.md")
        let diagnostic = try #require((files.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["rule"] as? String == "vocab/jargon")
        let start = try #require((diagnostic["range"] as? [String: Any])?["start"] as? [String: Int])
        #expect(start == ["line": 6, "column": 5, "offset": 47])
        #expect((json["summary"] as? [String: Int]) == ["files": 1, "errors": 0, "warnings": 1, "infos": 0])
    }

    @Test("A non-UTF-8 file is reported, the others are still linted, and the run exits 2")
    func unreadable() throws {
        let folder = try CarelintProcess.folder([
            "a.md": Array(Self.draft.utf8),
            "b.md": [0x48, 0x69, 0x0A, 0xFF, 0xFE, 0x0A],
            "c.txt": Array("The hepatic vein.\n".utf8),
        ])
        let result = try CarelintProcess.run(["check", "."], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.contains("./a.md:6:5: warning:"))
        #expect(result.stderr == "./b.md: error: the file is not valid UTF-8 (byte 0xFF on line 2); save it as UTF-8\n")
        #expect(!result.stdout.contains("b.md"))
        #expect(result.stdout.contains("./c.txt:1:5: warning:"))
        #expect(result.stdout.hasSuffix("0 errors, 2 warnings, 0 notes in 2 files (3 files checked); 1 file could not be read.\n"))
    }

    @Test("A folder walk checks every prose extension of the format table (.mdx and .xhtml too), nothing else")
    func proseExtensions() throws {
        let folder = try CarelintProcess.folder([
            "a.mdx": Array("The hepatic vein.\n".utf8),
            "b.xhtml": Array("<p>The hepatic vein.</p>\n".utf8),
            "c.json": Array("{\"note\": \"The hepatic vein.\"}\n".utf8),
        ])
        let result = try CarelintProcess.run(["check", "."], in: folder)
        #expect(result.stdout.contains("./a.mdx:1:5: warning:"))
        #expect(result.stdout.contains("./b.xhtml:1:8: warning:"))
        #expect(!result.stdout.contains("c.json"))
        #expect(result.stdout.hasSuffix("in 2 files (2 files checked).\n"))
    }

    @Test("A bad configuration exits 2 naming the file, the key and the nearest valid one")
    func badConfiguration() throws {
        let folder = try CarelintProcess.folder([
            "page.md": Array(Self.draft.utf8),
            ".carelint.json": Array("{\n  \"rules\": {\"vocab/jargn\": \"off\"}\n}\n".utf8),
        ])
        let result = try CarelintProcess.run(["check", "page.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasSuffix(".carelint.json:2:13: error: unknown rule \"vocab/jargn\"; did you mean \"vocab/jargon\"?\n"))
    }

    @Test("Unknown options and commands get a hint and exit 2")
    func usage() throws {
        let option = try CarelintProcess.run(["check", "--formt", "json"])
        #expect(option.status == 2)
        #expect(option.stderr.hasPrefix("carelint check: unknown option --formt for `carelint check`; did you mean --format?"))
        let command = try CarelintProcess.run(["chek"])
        #expect(command.status == 2)
        #expect(command.stderr.hasPrefix("carelint: unknown command \"chek\"; did you mean \"check\"?"))
        let missing = try CarelintProcess.run(["check", "no-such-file.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "no-such-file.md: error: no such file or folder\n")
        #expect(missing.stdout == "No problems found in 1 file; 1 file could not be read.\n")
        let json = try CarelintProcess.run(["check", "no-such-file.md", "--format", "json"])
        #expect(json.status == 2)
        #expect(json.stderr == "no-such-file.md: error: no such file or folder\n")
        #expect(json.stdout.contains("\"path\": \"no-such-file.md\",\n      \"error\": \"no such file or folder\""))
        // The range comes from ReadingGrade.targetRange, the one the configuration and editor settings use.
        let grade = try CarelintProcess.run(["check", "--grade", "21", "no-such-file.md"])
        #expect(grade.status == 2)
        #expect(grade.stderr.contains("--grade needs a number from 1 to 20, such as 8; got \"21\""))
    }

    @Test("`rules` lists every rule and `explain` prints a rule's page")
    func rulesAndExplain() throws {
        let rules = try CarelintProcess.run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("vocab/jargon"))
        let explain = try CarelintProcess.run(["explain", "vocab/jargon"])
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("# vocab/jargon\n\nA medical word with a plain alternative is used without explanation.\n"))
        let unknown = try CarelintProcess.run(["explain", "vocab/jargn"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean \"vocab/jargon\"?"))
    }
}
