import CareLint
@testable import carelint
import Foundation
import Testing

@Suite("fix never loses data: atomic writes")
struct AtomicWriterTests {
    static let original = Array("# Care\n\nThe hepatic vein drains the liver.\n".utf8)
    static let fixed = Array("# Care\n\nThe liver vein drains the liver.\n".utf8)

    private func folder() throws -> URL { try CarelintProcess.folder(["page.md": Self.original]) }

    private func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("A write that fails at any step leaves the original byte-identical and no temporary file behind", arguments: WriteFailure.Step.allCases)
    func failingStep(_ step: WriteFailure.Step) throws {
        let folder = try folder()
        let path = folder.appendingPathComponent("page.md").path
        var steps = WriteSteps.posix
        let failure = WriteFailure(step: step, reason: "injected")
        switch step {
        case .createTemporary: steps.createTemporary = { _, _ throws(WriteFailure) in throw failure }
        case .write:
            // Half the bytes reach the temporary file, then the disk is "full".
            steps.write = { descriptor, bytes throws(WriteFailure) in
                try WriteSteps.posix.write(descriptor, Array(bytes.prefix(bytes.count / 2)))
                throw failure
            }
        case .sync: steps.sync = { _ throws(WriteFailure) in throw failure }
        case .rename: steps.rename = { _, _ throws(WriteFailure) in throw failure }
        }
        #expect(throws: failure) { try AtomicWriter.write(Self.fixed, to: path, steps: steps) }
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == Self.original)
        #expect(try names(folder) == ["page.md"])
    }

    @Test("A successful write replaces the bytes and keeps the permissions")
    func success() throws {
        let folder = try folder()
        let path = folder.appendingPathComponent("page.md").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicWriter.write(Self.fixed, to: path)
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == Self.fixed)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
        #expect(try names(folder) == ["page.md"])
    }

    @Test("A new file gets the permissions the umask gives new files, not mkstemp's private 0600")
    func newFileFollowsUmask() throws {
        let folder = try folder()
        let path = folder.appendingPathComponent("report.html").path
        let saved = umask(0o022)
        defer { umask(saved) }
        try AtomicWriter.write(Self.fixed, to: path)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o644)
    }

    @Test("fix refuses a file that changed on disk after it was read, and keeps the writer's change")
    func changedUnderneath() throws {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["page.md": "# Care\n\nThe hepatic vein drains the liver.\n"]))
        let path = folder.appendingPathComponent("page.md").path
        let edited = Array("# Care\n\nThe hepatic vein drains the liver. A new sentence.\n".utf8)
        var fixer = FileFixer()
        fixer.beforeWrite = { path in _ = FileManager.default.createFile(atPath: path, contents: Data(edited)) }
        let settings = try Workspace().settings(forFile: path)
        let input = LintInput(displayPath: "page.md", path: path, isStandardInput: false, isExplicit: true)
        let outcome = fixer.fix(input, settings: settings, maximumSize: 1 << 20, dryRun: false)
        #expect(outcome == .failed("the file changed on disk while it was being fixed, so it was left as it was; run `carelint fix` again"))
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == edited)
    }

    @Test("A failed write during fix is reported with its step, and the file is untouched")
    func fixWithFailingRename() throws {
        let text = "# Care\n\nThe hepatic vein drains the liver.\n"
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["page.md": text]))
        let path = folder.appendingPathComponent("page.md").path
        var fixer = FileFixer()
        fixer.steps.rename = { _, _ throws(WriteFailure) in throw WriteFailure(step: .rename, reason: "No space left on device") }
        let settings = try Workspace().settings(forFile: path)
        let input = LintInput(displayPath: "page.md", path: path, isStandardInput: false, isExplicit: true)
        #expect(fixer.fix(input, settings: settings, maximumSize: 1 << 20, dryRun: false)
            == .failed("cannot replace the file (No space left on device); the file was left as it was"))
        #expect(String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) == text)
        #expect(try names(folder).filter { $0.hasSuffix(".md") || $0.contains("carelint-") } == ["page.md"])
    }
}
