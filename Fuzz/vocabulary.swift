// libFuzzer harness: the vocabulary pack loader (JSON parser, strict decoder, validation, index building).
//
// Checks: a pack is either loaded or refused with errors that each name a place inside the file and say what is
// wrong; a loaded pack can lint a short document without breaking the range invariants.
import CareLint

private let sample = SourceDocument(path: "sample.md", text: "# Liver scan\n\nThe hepatic tumor was seen on a CT scan, e.g. in the liver.\n", format: .markdown)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = input(data, size)
    let vocabulary: Vocabulary
    do {
        vocabulary = try VocabularyLoader.load([PackSource(file: "house.json", bytes: bytes)])
    } catch {
        require(!error.errors.isEmpty, "a refused pack with no error")
        for problem in error.errors {
            require(problem.file == "house.json", "error names another file: \(problem)")
            requireInputError(problem, file: bytes)
        }
        return 0
    }
    let linter = Linter(vocabulary: vocabulary)
    for diagnostic in linter.lint(sample) {
        requireRange(diagnostic.range, in: sample.bytes, "\(diagnostic.rule) range")
        require(!diagnostic.message.isEmpty, "\(diagnostic.rule) has an empty message")
        for fix in diagnostic.fixes { for edit in fix.edits { requireRange(edit.range, in: sample.bytes, "\(diagnostic.rule) fix") } }
    }
    return 0
}
