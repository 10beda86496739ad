import Foundation
import Testing

@Suite("carelint fix, end to end")
struct FixCommandTests {
    static let draft = "# Liver care\r\n\r\nThe hepatic vein drains the tumour. HAI is used, then hepatic arterial infusion (HAI) again.\r\nKeep   this  spacing; the hepatic duct. 😀 Café\r\n"
    /// Round one fixes the first "hepatic" and "tumour"; the second "hepatic" is then the first use, so round two
    /// fixes it. Everything else, CRLF line ends and odd spacing included, stays byte for byte. Left for a writer:
    /// "HAI" spelled out after its first use ("duct" is everyday English, no finding).
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

    @Test("A word flagged only at its first use is fixed everywhere in one run, however often it appears")
    func everyUse() throws {
        // vocab/jargon reports only the first bare use; each round makes the next use the first.
        let sentences = (1...30).map { "Sentence \($0) names the hepatic vein." }.joined(separator: " ")
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["page.md": "# Liver care\n\n\(sentences)\n"]))
        let result = try CarelintProcess.run(["fix", "page.md"], in: folder)
        #expect(result.stdout.hasPrefix("page.md: fixed 30 findings\n"))
        #expect(try contents(folder) == "# Liver care\n\n" + sentences.replacingOccurrences(of: "hepatic", with: "liver") + "\n")
        let again = try CarelintProcess.run(["fix", "page.md", "--dry-run"], in: folder)
        #expect(again.status == 0)
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
        let diff = try CarelintProcess.run(["fix", "draft.md", "--dry-run"], in: folder).stdout
        let fix = try CarelintProcess.run(["fix", "draft.md"], in: folder)
        #expect(fix.status == 0)
        let after = try CarelintProcess.run(["check", "draft.md", "--format", "json"], in: folder)
        func findings(_ output: CarelintProcess.Output) throws -> [[String: Any]] {
            let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            return try #require((root["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])
        }
        let safe = { (finding: [String: Any]) in ((finding["fixes"] as? [[String: Any]])?.first?["safe"] as? Bool) == true }
        #expect(try findings(after).filter(safe).isEmpty)
        // Only lines that held a safe fix's text changed (a later round may fix a later use of the same word).
        let lines = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let fixable = try findings(before).filter(safe)
        let fixableLines = Set(fixable.compactMap { (($0["range"] as? [String: Any])?["start"] as? [String: Int])?["line"] })
        let flagged = Set(fixable.compactMap { finding -> String? in
            guard let range = finding["range"] as? [String: [String: Int]], let start = range["start"]?["offset"], let end = range["end"]?["offset"] else { return nil }
            return String(decoding: original[start..<end], as: UTF8.self).lowercased()
        })
        #expect(!fixable.isEmpty)
        for line in UnifiedDiffLines.removed(from: diff) {
            #expect(fixableLines.contains(line) || flagged.contains { lines[line - 1].lowercased().contains($0) }, "line \(line) changed without a safe fix on it")
        }
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

/// Line numbers of a unified diff's removed and added lines.
enum UnifiedDiffLines {
    static func removed(from diff: String) -> [Int] { lines(diff, marker: "-") }
    static func added(from diff: String) -> [Int] { lines(diff, marker: "+") }

    private static func lines(_ diff: String, marker: Character) -> [Int] {
        var result: [Int] = []
        var old = 0
        var new = 0
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("---") || line.hasPrefix("+++") { continue }
            if line.hasPrefix("@@") {
                let parts = line.split(separator: " ")
                old = Int(parts[1].dropFirst().split(separator: ",")[0]) ?? 0
                new = Int(parts[2].dropFirst().split(separator: ",")[0]) ?? 0
                continue
            }
            switch line.first {
            case "-": if marker == "-" { result.append(old) }; old += 1
            case "+": if marker == "+" { result.append(new) }; new += 1
            case " ": old += 1; new += 1
            default: break
            }
        }
        return result
    }
}
