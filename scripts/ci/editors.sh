#!/usr/bin/env bash
# CI for editors/: the real editors from Debian driving the real carelint-lsp.
#   scripts/ci/editors.sh [path/to/carelint-lsp]      (default: .build/debug/carelint-lsp; run from the repo root)
# - VS Code cannot run here: package.json is validated and extension.js runs against stand-ins (node --test).
# - Neovim (headless, the shipped Lua module) and Emacs (batch, eglot with carelint.el) open
#   editors/test/fixtures/faults.md; the diagnostics they receive, a quick fix (Neovim) and fix all are compared
#   with editors/test/expected/, and a mismatch prints the diff. Neovim also accepts a word through the quick fix,
#   saves .carelint.json and edits: the finding must be gone (0.7 sends no didChangeWatchedFiles).
# Installs neovim, emacs-nox, elpa-eglot, elpa-lsp-mode and elpa-markdown-mode when they are missing.
set -euo pipefail
server=${1:-.build/debug/carelint-lsp}
limit=${CARELINT_EDITOR_TEST_TIMEOUT:-300}

if [ ! -x "$server" ]; then
  echo "editors: no server at $server (build it: swift build --product carelint-lsp)" >&2
  exit 1
fi

need=()
command -v nvim >/dev/null || need+=(neovim)
command -v emacs >/dev/null || need+=(emacs-nox)
ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1 || need+=(elpa-eglot)
ls -d /usr/share/emacs/site-lisp/elpa/markdown-mode-* >/dev/null 2>&1 || need+=(elpa-markdown-mode)
ls -d /usr/share/emacs/site-lisp/elpa/lsp-mode-* >/dev/null 2>&1 || need+=(elpa-lsp-mode)
if [ "${#need[@]}" -gt 0 ]; then
  echo "editors: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 \
    || { timeout 300 apt-get update -qq && timeout 600 apt-get install -y -qq "${need[@]}" >/dev/null; }
fi
echo "editors: $(nvim --version | head -n 1), $(emacs --version | head -n 1), $(cd /usr/share/emacs/site-lisp/elpa && ls -d eglot-* lsp-mode-* | tr '\n' ' ')"

passed=0 failed=0
run() {  # run NAME COMMAND...
  echo "-- $1"
  if timeout "$limit" "${@:2}"; then passed=$((passed + 1)); else echo "editors: $1 FAILED" >&2; failed=$((failed + 1)); fi
}
run "vscode package.json" python3 editors/vscode/test/check_package.py editors/vscode
if command -v node >/dev/null; then
  run "vscode extension.js" node --test --test-reporter=spec editors/vscode/test/
else
  echo "-- vscode extension.js: skipped (node is not installed)"
fi
run "helix, sublime, kakoune configurations" python3 editors/test/check_configs.py editors
run "emacs carelint.el compiles without warnings" bash -c '
  dir=$(mktemp -d) && cp editors/emacs/carelint.el "$dir/" &&
  HOME=$dir emacs -q --batch --eval "(progn (package-initialize) (setq byte-compile-error-on-warn t))" \
    -f batch-byte-compile "$dir/carelint.el" 2>&1 | grep -v "^Loading" ; status=${PIPESTATUS[0]}; rm -rf "$dir"; exit "$status"'
run "neovim (Markdown)" editors/neovim/test/run.sh "$server" faults.md
run "neovim (HTML)" editors/neovim/test/run.sh "$server" page.html
run "neovim (plain text)" editors/neovim/test/run.sh "$server" notes.txt
# Neovim 0.7 sends no workspace/didChangeWatchedFiles: an accepted word must still be honoured once saved.
run "neovim accept a word, save, edit" editors/neovim/test/accept.sh "$server"
run "emacs eglot" editors/emacs/test/run.sh "$server" eglot faults
# lsp-mode 8 (Debian's) counts columns in code points: carelint.el offers utf-32, which the server takes.
run "emacs lsp-mode" editors/emacs/test/run.sh "$server" lsp-mode faults

echo "editors: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
