# CareLint for Kakoune with kakoune-lsp (version 17 or later, where servers are set in the lsp_servers
# option). Source this file from your kakrc after kakoune-lsp is loaded:
#     eval %sh{kak-lsp}
#     source /path/to/carelint/editors/kakoune/carelint.kak
#     lsp-enable
# It adds carelint-lsp to the servers a Markdown or HTML buffer already has (marksman, for instance): hooks run
# in the order they were defined, so kakoune-lsp's own filetype hooks must come first.
hook -group carelint global BufSetOption filetype=(markdown|html) %{
    set-option -add buffer lsp_servers %{
        [carelint]
        root_globs = [".carelint.json", ".git", ".hg"]
        command = "carelint-lsp"
        settings_section = "carelint"
        [carelint.settings.carelint]
        # Leave these out to use the project's .carelint.json.
        # locale = "en-GB"
        # readingGrade = 7
    }
}
