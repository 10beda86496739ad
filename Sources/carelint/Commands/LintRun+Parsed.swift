extension LintRun {
    /// Reads the check options of a subcommand's arguments. On failure the message is already printed and the
    /// error holds the exit code. `adjust` changes the options first (`fix` lints one file at a time).
    static func configured(
        _ parsed: ParsedArguments, command: String, console: Console, adjust: (inout CheckOptions) -> Void = { _ in }
    ) -> Result<LintRun, ExitStatus> {
        var options: CheckOptions
        do {
            options = try CheckOptions(parsed)
        } catch {
            console.err("carelint \(command): \(error.message)\n")
            return .failure(ExitStatus(ExitCode.failure))
        }
        adjust(&options)
        return .success(LintRun(options: options, console: console))
    }

    /// Reads the check options as `configured` does and prepares the run (configuration, inputs and their
    /// settings). On failure the message is already printed and the error holds the exit code.
    static func prepared(
        _ parsed: ParsedArguments, command: String, console: Console, adjust: (inout CheckOptions) -> Void = { _ in }
    ) -> Result<(LintRun, PreparedRun), ExitStatus> {
        configured(parsed, command: command, console: console, adjust: adjust).flatMap { lintRun in
            lintRun.prepare().map { (lintRun, $0) }
        }
    }
}
