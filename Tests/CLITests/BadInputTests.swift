import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// Every bad input gets a clear message naming the file, the run goes on with the other files, and it exits 2.
@Suite("carelint check on bad inputs")
struct BadInputTests {
    static let good = "# Care\n\nDrink water.\n"

    /// A temporary folder with the files and a configuration that turns off rules unrelated to inputs.
    static func folder(_ files: [String: [UInt8]]) throws -> URL {
        var all = files
        all[".carelint.json"] = HouseVocabulary.quietConfiguration
        return try CarelintProcess.folder(all)
    }

    /// Runs `check PATHS` in a folder holding `good.md` and the given files; the good file is always linted.
    private func check(_ files: [String: [UInt8]], _ paths: [String], options: [String] = []) throws -> CarelintProcess.Output {
        var all = files
        all["good.md"] = Array(Self.good.utf8)
        let folder = try Self.folder(all)
        return try CarelintProcess.run(["check", "good.md"] + paths + options, in: folder)
    }

    private func expectUnreadable(_ result: CarelintProcess.Output, _ line: String) {
        #expect(result.status == 2)
        #expect(result.stderr == line + "\n")
        #expect(result.stdout == "No problems found in 2 files; 1 file could not be read.\n")
    }

    @Test("An empty or blank file has nothing to check")
    func empty() throws {
        let result = try check(["empty.md": [], "blank.md": Array("\u{FEFF} \n\n\t\n".utf8)], ["empty.md", "blank.md"])
        #expect(result.status == 0)
        #expect(result.stdout == "No problems found in 3 files.\n")
    }

    @Test("A file over the size limit is reported, not read; the limit is configurable")
    func tooLarge() throws {
        let folder = try Self.folder(["good.md": Array(Self.good.utf8), "big.md": []])
        // A sparse 11 MB file: over the 10 MB default without writing 11 MB.
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("big.md"))
        try handle.truncate(atOffset: 11 * 1024 * 1024)
        try handle.close()
        let result = try CarelintProcess.run(["check", "good.md", "big.md"], in: folder)
        expectUnreadable(result, "big.md: error: the file is 11 MB, over the 10 MB limit; split it, or raise the limit with --max-file-size")
        let small = try check(["page.md": Array(repeating: 0x61, count: 2048)], ["page.md"], options: ["--max-file-size", "1KB"])
        expectUnreadable(small, "page.md: error: the file is 2 KB, over the 1 KB limit; split it, or raise the limit with --max-file-size")
        let raised = try check(["page.md": Array("# Care\n\nDrink water.\n".utf8)], ["page.md"], options: ["--max-file-size", "1KB"])
        #expect(raised.status == 0)
        let stdin = try CarelintProcess.run(["check", "-", "--max-file-size", "1KB"], input: Data(repeating: 0x61, count: 5000))
        #expect(stdin.status == 2)
        #expect(stdin.stderr == "<stdin>: error: standard input is over the 1 KB limit; split the text, or raise the limit with --max-file-size\n")
        #expect(stdin.stdout == "No problems found in 1 file; 1 file could not be read.\n")
        let bad = try check([:], [], options: ["--max-file-size", "lots"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "carelint check: --max-file-size needs a size such as 10MB, 500KB or 1048576 (bytes); got \"lots\"\n")
    }

    @Test("A binary file")
    func binary() throws {
        expectUnreadable(try check(["logo.md": [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A]], ["logo.md"]),
                         "logo.md: error: the file looks binary (it holds NUL bytes); only UTF-8 text is linted")
    }

    @Test("Invalid UTF-8, with the byte and line")
    func invalidUTF8() throws {
        expectUnreadable(try check(["latin1.md": Array("# Caf".utf8) + [0xE9, 0x0A]], ["latin1.md"]),
                         "latin1.md: error: the file is not valid UTF-8 (byte 0xE9 on line 1); save it as UTF-8")
    }

    @Test("UTF-16 with a byte order mark")
    func utf16() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Hi\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        expectUnreadable(try check(["wide.md": bytes], ["wide.md"]),
                         "wide.md: error: the file is UTF-16 encoded (it starts with a UTF-16 byte order mark); save it as UTF-8")
    }

    @Test("Symbolic-link loops in a walked folder are reported and the walk goes on")
    func symlinkLoop() throws {
        let folder = try Self.folder(["docs/page.md": Array(Self.good.utf8)])
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createSymbolicLink(atPath: docs.appendingPathComponent("up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: docs.appendingPathComponent("self.md").path, withDestinationPath: "self.md")
        // docs/up leads back to the parent, whose docs folder is docs again: the walk stops there.
        let result = try CarelintProcess.run(["check", "docs"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == """
        docs/self.md: error: a symbolic-link loop; the link never reaches a file or folder
        docs/up/docs: error: a symbolic-link loop; this folder was already walked as \(docs.resolvingSymlinksInPath().path)

        """)
        #expect(result.stdout == "No problems found in 3 files; 2 files could not be read.\n")
    }

    @Test("A file the user may not read")
    func unreadable() throws {
        let folder = try Self.folder(["good.md": Array(Self.good.utf8), "secret.md": Array(Self.good.utf8)])
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder.appendingPathComponent("secret.md").path)
        let result = try CarelintProcess.runUnprivileged(["check", "good.md", "secret.md"], in: folder)
        expectUnreadable(result, "secret.md: error: cannot read the file: permission denied; check that you may read it (chmod u+r)")
    }

    @Test("A missing path")
    func missing() throws {
        expectUnreadable(try check([:], ["gone.md"]), "gone.md: error: no such file or folder")
    }

    @Test("A FIFO is refused without opening it, named or found in a folder, so the run cannot hang")
    func fifo() throws {
        let folder = try Self.folder(["good.md": Array(Self.good.utf8)])
        #expect(mkfifo(folder.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let named = try CarelintProcess.run(["check", "good.md", "pipe.md"], in: folder)
        expectUnreadable(named, "pipe.md: error: not a regular file but a FIFO (named pipe); only text files are linted")
        let walked = try CarelintProcess.run(["check", "."], in: folder)
        #expect(walked.status == 2)
        #expect(walked.stderr == "./pipe.md: error: not a regular file but a FIFO (named pipe); only text files are linted\n")
    }

    @Test("Many files in one run: all linted, in a stable order, the same with one job or several")
    func manyFiles() throws {
        var files: [String: [UInt8]] = [:]
        for index in 0..<1_000 { files[String(format: "d%02d/page%04d.md", index % 20, index)] = Array(Self.good.utf8) }
        let folder = try Self.folder(files)
        let parallel = try CarelintProcess.run(["check", ".", "--format", "json", "--jobs", "4"], in: folder)
        #expect(parallel.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(parallel.stdout.utf8)) as? [String: Any])
        let paths = try #require(root["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        #expect(paths == files.keys.sorted().map { "./" + $0 })
        let serial = try CarelintProcess.run(["check", ".", "--format", "json", "--jobs", "1"], in: folder)
        #expect(serial.stdout == parallel.stdout)
    }
}
