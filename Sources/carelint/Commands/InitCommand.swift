import CareLint
import Foundation

/// `carelint init`: writes a starter `.carelint.json` in the current folder; never overwrites one.
enum InitCommand: Subcommand {
    static let name = "init"
    static let summary = "Write a starter .carelint.json in the current folder."
    static let specs: [OptionSpec] = [
        OptionSpec(name: "--locale", valueName: "LOCALE", allowed: Configuration.locales, help: "The spelling locale to start with (default en-US)."),
    ]

    /// The starter configuration: every key with its default, so a team sees what it can change.
    static func starter(locale: String) -> String {
        """
        {
          "$schema": "https://carelint.dev/schemas/config.schema.json",
          "locale": "\(locale)",
          "readingGrade": 8,
          "rules": {},
          "accept": [],
          "ignore": []
        }

        """
    }

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: specs, command: name, synopsis: "[options]", summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        guard parsed.positionals.isEmpty else {
            console.err("carelint init: takes no paths; run it in the folder that should hold .carelint.json\n")
            return ExitCode.failure
        }
        let path = ".carelint.json"
        let text = starter(locale: parsed.value("--locale") ?? "en-US")
        // O_EXCL: never replace a configuration, even one created a moment ago.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST {
                console.err("carelint init: .carelint.json already exists here; it was left as it was (edit it, or remove it to start again)\n")
            } else {
                console.err("carelint init: cannot create .carelint.json: \(String(cString: strerror(errno)))\n")
            }
            return ExitCode.failure
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else {
            unlink(path)
            console.err("carelint init: cannot write .carelint.json\n")
            return ExitCode.failure
        }
        console.out("Wrote .carelint.json. Run `carelint check .` to lint this folder with it.\n")
        return ExitCode.success
    }
}
