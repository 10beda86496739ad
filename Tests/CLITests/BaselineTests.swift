import Foundation
import Testing

@Suite("carelint baseline and check --baseline")
struct BaselineTests {
    static let draft = "# Liver care\n\nThe hepatic vein drains the tumour. HAI is used, then hepatic arterial infusion (HAI) again.\n"

    private func folderWithBaseline() throws -> URL {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["page.md": Self.draft]))
        let baseline = try CarelintProcess.run(["baseline", "page.md"], in: folder)
        #expect(baseline.status == 0)
        try Data(baseline.stdout.utf8).write(to: folder.appendingPathComponent("baseline.json"))
        return folder
    }

    private func write(_ text: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent("page.md"))
    }

    @Test("The baseline lists each finding by file, rule, text and sentence, sorted, without line numbers")
    func baselineFile() throws {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["page.md": Self.draft]))
        let result = try CarelintProcess.run(["baseline", "page.md"], in: folder)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["$schema"] as? String == "https://carelint.dev/schemas/baseline.schema.json")
        #expect(root["version"] as? Int == 1)
        let sentence = "The hepatic vein drains the tumour."
        let findings = try #require(root["findings"] as? [[String: Any]]).map { $0.mapValues { "\($0)" } }
        #expect(findings == [
            ["file": "page.md", "rule": "spelling/locale", "text": "tumour", "sentence": sentence, "count": "1"],
            ["file": "page.md", "rule": "vocab/acronym", "text": "HAI", "sentence": "HAI is used, then hepatic arterial infusion (HAI) again.", "count": "1"],
            ["file": "page.md", "rule": "vocab/jargon", "text": "hepatic", "sentence": sentence, "count": "1"],
        ])
    }

    @Test("Baselined findings do not fail the run and are counted apart")
    func matched() throws {
        let folder = try folderWithBaseline()
        let result = try CarelintProcess.run(["check", "page.md", "--baseline", "baseline.json", "--fail-on", "warning"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "No problems found in 1 file; 3 findings in the baseline not shown.\n")
        let json = try CarelintProcess.run(["check", "page.md", "--baseline", "baseline.json", "--format", "json"], in: folder)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["summary"] as? [String: Int] == ["files": 1, "errors": 0, "warnings": 0, "infos": 0, "baseline": 3])
    }

    @Test("The match survives edits elsewhere in the file; only the new finding is reported")
    func survivesEdits() throws {
        let folder = try folderWithBaseline()
        try write("# Liver care\n\nA new first paragraph.\n\nThe hepatic vein drains the tumour. HAI is used, then hepatic arterial infusion (HAI) again.\nThe colour of the tumour changed.\n", in: folder)
        let result = try CarelintProcess.run(["check", "page.md", "--baseline", "baseline.json", "--fail-on", "warning"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == """
        page.md:6:19: warning: "tumour" is the en-GB spelling; write "tumor" in en-US. [spelling/locale]
            The colour of the tumour changed.
                              ^~~~~~
            fix: Replace with "tumor"
        0 errors, 1 warning, 0 notes in 1 file (1 file checked); 3 findings in the baseline not shown.

        """)
    }

    @Test("Findings that disappeared are reported so the baseline can shrink; SARIF marks baseline state")
    func disappeared() throws {
        let folder = try folderWithBaseline()
        // The acronym is now spelled out at its first use; the other sentence is untouched.
        try write("# Liver care\n\nThe hepatic vein drains the tumour. Hepatic arterial infusion (HAI) is used.\n", in: folder)
        let result = try CarelintProcess.run(["check", "page.md", "--baseline", "baseline.json"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == """
        carelint: 1 finding in the baseline baseline.json no longer occurs; make a new baseline to shrink it:
          page.md: vocab/acronym "HAI"

        """)
        let sarif = try CarelintProcess.run(["check", "page.md", "--baseline", "baseline.json", "--format", "sarif"], in: folder)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = try #require((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.map { $0["baselineState"] as? String } == ["unchanged", "unchanged"])
        #expect(results.allSatisfy { ($0["suppressions"] as? [[String: String]])?.first?["kind"] == "external" })
    }

    @Test("A baseline that is not one exits 2 and says how to make one")
    func badBaseline() throws {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["page.md": Self.draft, "baseline.json": "{\"findings\": 3}"]))
        let result = try CarelintProcess.run(["check", "page.md", "--baseline", "baseline.json"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "carelint: baseline.json: error: not a CareLint baseline (expected {\"version\": 1, \"findings\": [...]}); make one with `carelint baseline PATH... > baseline.json`\n")
        #expect(result.stdout.isEmpty)
    }
}
