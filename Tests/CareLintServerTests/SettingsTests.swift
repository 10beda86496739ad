import CareLint
@testable import CareLintServer
import Foundation
import Testing

@Suite("Editor settings over pipes")
struct SettingsTests {
    static func push(_ client: LSPTestClient, _ section: LSPAny) {
        client.notify("workspace/didChangeConfiguration", ["settings": ["carelint": section]])
    }

    @Test("keys other clients keep in the section (VS Code's path and trace) are ignored quietly, with a debug log")
    func unknownKeysQuiet() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        var options = LanguageServer.Options()
        options.logLevel = .debug
        let client = LSPTestClient.inProcess(options: options)
        client.initialize(root: folder)
        client.open(uri, "The hepatic tissue and RFA.\n")
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/jargon", "vocab/acronym"])
        Self.push(client, ["path": "/usr/local/bin/carelint-lsp", "trace": ["server": "off"], "rules": ["vocab/acronym": "off"]])
        // The known key applies; nothing is shown to the writer.
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/jargon"])
        #expect(client.shutdownAndExit() == 0)
        #expect(client.received { $0["method"] == "window/showMessage" }.isEmpty)
        let log = client.log()
        #expect(log.contains("ignored the setting \"path\" from workspace/didChangeConfiguration: carelint reads locale, readingGrade, rules, accept"))
        #expect(log.contains("ignored the setting \"trace\" from workspace/didChangeConfiguration"))
    }

    @Test("an empty array stands for an empty object (Neovim 0.7 encodes {} as [])")
    func emptyArrayIsEmptyObject() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(["workspace": ["configuration": true]], root: folder, initializationOptions: ["carelint": []])
        // The answer to workspace/configuration is a list of sections: here one empty section, sent as [].
        let asked = try #require(client.serverRequest("workspace/configuration"))
        client.send(["jsonrpc": "2.0", "id": asked["id"], "result": [[]]])
        client.open(uri, "The hepatic tissue and RFA.\n")
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/jargon", "vocab/acronym"])
        // Rules and accept as [] are empty too; the rest of the section applies.
        Self.push(client, ["rules": [], "accept": ["hepatic"]])
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/acronym"])
        Self.push(client, ["accept": []])
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/jargon", "vocab/acronym"])
        #expect(client.shutdownAndExit() == 0)
        #expect(client.received { $0["method"] == "window/showMessage" }.isEmpty)
    }

    @Test("known keys with the wrong type, and near misses of known keys, are reported; the good keys still apply")
    func wrongTypes() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "The hepatic tissue and RFA.\n")
        #expect(client.diagnostics(uri, version: 0)?.count == 2)
        Self.push(client, ["accept": "hepatic", "readingGrde": 6, "readingGrade": "six", "rules": ["vocab/acronym": "off", "vocab/jargon": 3],
                           "locale": ["en-GB"], "trace": "verbose"])
        let warning = client.notification("window/showMessage")
        #expect(warning == ["type": 2, "message": """
            carelint: in the settings from workspace/didChangeConfiguration: "accept" must be an array of strings, found a string; \
            "locale" must be "en-US" or "en-GB", found an array; "readingGrade" must be a number from 1 to 20, such as 8; \
            unknown key "readingGrde"; did you mean "readingGrade"?; \
            "rules.vocab/jargon": a rule setting is a severity ("error", "warning", "info" or "off") or an object with "severity" and options; found a number
            """])
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/jargon"])
        // A section that is neither an object nor empty is reported whole.
        Self.push(client, ["warning"])
        #expect(client.notification("window/showMessage")?["message"] == "carelint: in the settings from workspace/didChangeConfiguration: the \"carelint\" section must be an object of settings")
        Self.push(client, ["rules": ["off"]])
        #expect(client.notification("window/showMessage")?["message"] == "carelint: in the settings from workspace/didChangeConfiguration: \"rules\" must be an object of rule id to severity, such as {\"vocab/jargon\": \"warning\"}")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a rule's options in editor settings apply, checked against the rule like a configuration file's")
    func ruleOptions() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        // Reviewed eight months ago: current for the default 24 months, stale for 6.
        let reviewed = try #require(Calendar(identifier: .gregorian).date(byAdding: .month, value: -8, to: Date()))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        client.open(uri, "---\nreviewed: \(formatter.string(from: reviewed))\n---\n# Liver care\n")
        let review: ([LSPAny]?) -> [LSPAny] = { ($0 ?? []).map { $0["code"] }.filter { $0 == "structure/review-date" } }
        #expect(client.diagnostics(uri, version: 0) == [])
        // The test project turns the rule off; on, with its default age, the page is current.
        Self.push(client, ["rules": ["structure/review-date": ["severity": "warning"]]])
        #expect(client.diagnostics(uri, version: 0) == [])
        Self.push(client, ["rules": ["structure/review-date": ["severity": "warning", "maxReviewAgeMonths": 6, "maxAge": 1]]])
        #expect(client.notification("window/showMessage")?["message"] ==
            "carelint: in the settings from workspace/didChangeConfiguration: rule \"structure/review-date\" has no option \"maxAge\"; its options are: maxReviewAgeMonths")
        #expect(review(client.diagnostics(uri, version: 0)) == ["structure/review-date"])
        #expect(client.shutdownAndExit() == 0)
    }
}
