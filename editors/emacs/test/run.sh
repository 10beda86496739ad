#!/usr/bin/env bash
# Emacs end-to-end test: carelint.el registers the real carelint-lsp with eglot (or lsp-mode), Emacs opens a
# Markdown fixture in batch mode, and the diagnostics received, the reading grade and carelint-fix-all are
# compared with editors/test/expected/.
# Usage: editors/emacs/test/run.sh SERVER [eglot|lsp-mode] [FIXTURE_NAME]     (defaults: eglot, faults)
set -euo pipefail
server=$(realpath "${1:?usage: run.sh path/to/carelint-lsp [fixture]}")
client=${2:-eglot}
name=${3:-faults}
here=$(cd "$(dirname "$0")" && pwd)
editors=$(cd "$here/../.." && pwd)
fixtures=$editors/test/fixtures
expected=$editors/test/expected
command -v emacs >/dev/null || { echo "emacs $client test: emacs is not installed (apt-get install -y emacs-nox elpa-eglot elpa-lsp-mode elpa-markdown-mode)" >&2; exit 1; }

work=$(mktemp -d /tmp/carelint-emacs.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/doc" "$work/out"
cp "$fixtures/$name.md" "$work/doc/$name.md"

set +e
HOME=$work CARELINT_CLIENT=$client CARELINT_LSP=$server CARELINT_FIXTURE=$work/doc/$name.md CARELINT_OUT=$work/out \
  timeout 120 emacs -q --batch -l "$here/run.el" </dev/null > "$work/out/stderr.txt" 2>&1
status=$?
set -e
sed "s/^/  emacs $client: /" "$work/out/log.txt" 2>/dev/null || true
if [ "$status" -ne 0 ]; then
  echo "emacs $client test: emacs exited $status; its output:" >&2
  tail -n 30 "$work/out/stderr.txt" >&2
  exit 1
fi

# Settings (carelint-reading-grade) reach the server (the title's hover shows the target grade) without a warning.
set +e
HOME=$work CARELINT_CLIENT=$client CARELINT_LSP=$server CARELINT_FIXTURE=$work/doc/$name.md CARELINT_OUT=$work/out \
CARELINT_SETUP_GRADE=7 timeout 120 emacs -q --batch -l "$here/run.el" </dev/null > "$work/out/stderr.txt" 2>&1
status=$?
set -e
sed "s/^/  emacs $client, carelint-reading-grade 7: /" "$work/out/log.txt" 2>/dev/null | grep -E ": grade|FAIL|showMessage" || true
if [ "$status" -ne 0 ]; then
  echo "emacs $client test: emacs exited $status with carelint-reading-grade 7; its output:" >&2
  tail -n 30 "$work/out/stderr.txt" >&2
  exit 1
fi

failed=0
check() {  # check EXPECTED RECEIVED WHAT
  if ! "$editors/test/compare.sh" "$1" "$2" "$3"; then failed=1; fi
}
check "$expected/$name.diagnostics" "$work/out/diagnostics.txt" "diagnostics on open"
check "$expected/$name.fixall.md" "$work/out/after-fix-all.md" "buffer after carelint-fix-all"
check "$expected/$name.fixall.diagnostics" "$work/out/after-fix-all-diagnostics.txt" "diagnostics after carelint-fix-all"
sed 's/^/  flymake: /' "$work/out/flymake.txt"
if [ "$failed" -ne 0 ]; then echo "emacs $client test: FAILED (diff above)" >&2; exit 1; fi
echo "emacs $client test: passed ($(grep -vc '^#' "$expected/$name.diagnostics") diagnostics, flymake and fix all checked)"
