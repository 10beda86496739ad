import Foundation
import Testing

@Suite("carelint fix, end to end")
struct FixCommandTests {
    static let draft = "# Liver care\r\n\r\nThe hepatic vein drains the tumour. HAI is used, then hepatic arterial infusion (HAI) again.\r\nKeep   this  spacing; the hepatic duct. 😀 Café\r\n"
    /// Round one fixes the first "hepatic" and "tumour"; the second "hepatic" is then the first use, so round two
    /// fixes it. Everything else, CRLF line ends and odd spacing included, stays byte for byte.
    static let fixed = "# Liver care\r\n\r\nThe liver vein drains the tumor. HAI is used, then hepatic arterial infusion (HAI) again.\r\nKeep   this  spacing; the liver duct. 😀 Café\r\n"

    private func contents(_ folder: URL) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent("page.md")), as: UTF8.self)
    }

    @Test("fix applies every safe fix, re-lints until nothing changes, and a second fix changes nothing")
    func fixesInPlace() throws {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["page.md": Self.draft]))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder.appendingPathComponent("page.md").path)
        let result = try CarelintProcess.run(["fix", "page.md"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "page.md: fixed 3 findings\nFixed 3 findings in 1 file (1 file checked); 1 finding left for a writer (see `carelint check`).\n")
        #expect(try contents(folder) == Self.fixed)
        #expect(try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("page.md").path)[.posixPermissions] as? Int == 0o600)
        let again = try CarelintProcess.run(["fix", "page.md"], in: folder)
        #expect(again.status == 0)
        #expect(again.stdout == "Fixed 0 findings in 0 files (1 file checked); 1 finding left for a writer (see `carelint check`).\n")
        #expect(try contents(folder) == Self.fixed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".carelint.json", "house.json", "page.md"])
    }

    @Test("--dry-run prints a unified diff, exits 1 and changes nothing")
    func dryRun() throws {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["page.md": Self.draft]))
        let result = try CarelintProcess.run(["fix", "page.md", "--dry-run"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == """
        --- page.md
        +++ page.md (fixed)
        @@ -1,4 +1,4 @@
         # Liver care\r
         \r
        -The hepatic vein drains the tumour. HAI is used, then hepatic arterial infusion (HAI) again.\r
        -Keep   this  spacing; the hepatic duct. 😀 Café\r
        +The liver vein drains the tumor. HAI is used, then hepatic arterial infusion (HAI) again.\r
        +Keep   this  spacing; the liver duct. 😀 Café\r

        """)
        #expect(result.stderr == "Would fix 3 findings in 1 file (1 file checked); 1 finding left for a writer (see `carelint check`).\n")
        #expect(try contents(folder) == Self.draft)
    }

    @Test("A read-only file is refused with a message and left as it was")
    func readOnlyFile() throws {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["page.md": Self.draft]))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.appendingPathComponent("page.md").path)
        let result = try CarelintProcess.run(["fix", "page.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "carelint: page.md: error: the file is read-only, so it was left as it was; make it writable (chmod u+w) to fix it\n")
        #expect(try contents(folder) == Self.draft)
    }

    @Test("Fixing a file in a read-only folder fails cleanly and leaves the file as it was")
    func readOnlyFolder() throws {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["docs/page.md": Self.draft]))
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: docs.appendingPathComponent("page.md").path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: docs.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: docs.path) }
        // Root may write anywhere, so run as an unprivileged user when the tests run as root.
        let result = try CarelintProcess.runUnprivileged(["fix", "docs/page.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "carelint: docs/page.md: error: cannot create a temporary file (its folder is read-only or you may not write in it); the file was left as it was\n")
        #expect(String(decoding: try Data(contentsOf: docs.appendingPathComponent("page.md")), as: UTF8.self) == Self.draft)
        #expect(try FileManager.default.contentsOfDirectory(atPath: docs.path) == ["page.md"])
    }

    @Test("fix on the example draft leaves no safe fix behind, and fixing again changes nothing")
    func example() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/liver-metastases-draft.md")
        let original = try Data(contentsOf: source)
        let folder = try CarelintProcess.folder(["draft.md": Array(original)])
        let before = try CarelintProcess.run(["check", "draft.md", "--format", "json"], in: folder)
        let fix = try CarelintProcess.run(["fix", "draft.md"], in: folder)
        #expect(fix.status == 0)
        let after = try CarelintProcess.run(["check", "draft.md", "--format", "json"], in: folder)
        func findings(_ output: CarelintProcess.Output) throws -> [[String: Any]] {
            let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            return try #require((root["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])
        }
        let safe = { (finding: [String: Any]) in ((finding["fixes"] as? [[String: Any]])?.first?["safe"] as? Bool) == true }
        #expect(try findings(after).filter(safe).isEmpty)
        // Findings without a safe fix are left for the writer: each is still reported.
        let key = { (finding: [String: Any]) in "\(finding["rule"] ?? "") \(finding["message"] ?? "")" }
        #expect(Set(try findings(before).filter { !safe($0) }.map(key)).isSubset(of: Set(try findings(after).map(key))))
        let dry = try CarelintProcess.run(["fix", "draft.md", "--dry-run"], in: folder)
        #expect(dry.status == 0)
        #expect(dry.stdout.isEmpty)
    }

    @Test("fix refuses standard input")
    func standardInput() throws {
        let result = try CarelintProcess.run(["fix", "-"])
        #expect(result.status == 2)
        #expect(result.stderr == "carelint fix: fix changes files in place and cannot fix standard input; give file or folder paths\n")
    }
}
