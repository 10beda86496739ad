extension LintRun {
    /// Reads the check options of a subcommand's arguments and prepares the run (configuration, inputs and their
    /// settings). On failure the message is already printed and the error holds the exit code. `adjust` changes
    /// the options first (`fix` lints one file at a time).
    static func prepared(
        _ parsed: ParsedArguments, command: String, console: Console, adjust: (inout CheckOptions) -> Void = { _ in }
    ) -> Result<(LintRun, PreparedRun), ExitStatus> {
        var options: CheckOptions
        do {
            options = try CheckOptions(parsed)
        } catch {
            console.err("carelint \(command): \(error.message)\n")
            return .failure(ExitStatus(ExitCode.failure))
        }
        adjust(&options)
        let lintRun = LintRun(options: options, console: console)
        return lintRun.prepare().map { (lintRun, $0) }
    }
}
