import Testing
@testable import CareLint

@Suite("style/reader-address")
struct ReaderAddressRuleTests {
    func findings(_ text: String) -> [Diagnostic] {
        lint(text, only: "style/reader-address", linter: StyleRuleTestPack.linter).diagnostics
    }

    @Test("An instruction to patients is flagged at the noun, with a fix to \"You\"")
    func instruction() {
        let diagnostics = findings("Patients should drink plenty of fluids.")
        #expect(diagnostics.map(\.range) == [0..<8])
        #expect(diagnostics.first?.message == "Speak to the reader: write \"you should\" instead of \"Patients should\".")
        let fixed = FixApplier.applyFirstFixes(of: diagnostics, to: Array("Patients should drink plenty of fluids.".utf8))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "You should drink plenty of fluids.")
    }

    @Test("After a clause, \"the patient\" becomes lowercase \"you\"")
    func afterClause() {
        let text = "Before the scan, the patient must not eat."
        let diagnostics = findings(text)
        #expect(diagnostics.map(\.range) == [17..<28])
        let fixed = FixApplier.applyFirstFixes(of: diagnostics, to: Array(text.utf8))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "Before the scan, you must not eat.")
    }

    @Test("No fix when the verb would not agree or a pronoun refers back")
    func noUnsafeFix() {
        #expect(findings("The patient needs to rest.").first?.fixes == [])
        #expect(findings("The patient needs to rest.").first?.message == "Speak to the reader: write \"you need to\" instead of \"The patient needs to\".")
        #expect(findings("Patients should bring their medicines.").first?.fixes == [])
    }

    @Test("Descriptions and other subjects pass")
    func descriptions() {
        #expect(findings("Some patients feel tired. Most patients go home the same day.").isEmpty)
        #expect(findings("Doctors should explain the risks to patients.").isEmpty)
        #expect(findings("The nurse tells patients they can go home.").isEmpty)
    }
}
