#!/usr/bin/env bash
# Neovim end-to-end test: the shipped Lua module attaches the real carelint-lsp to a Markdown fixture; the
# diagnostics received, one quick fix and :CareLintFixAll are compared with editors/test/expected/.
# Usage: editors/neovim/test/run.sh SERVER [FIXTURE_NAME]     (default fixture: faults)
set -euo pipefail
server=$(realpath "${1:?usage: run.sh path/to/carelint-lsp [fixture]}")
name=${2:-faults}
here=$(cd "$(dirname "$0")" && pwd)
editors=$(cd "$here/../.." && pwd)
fixtures=$editors/test/fixtures
expected=$editors/test/expected
command -v nvim >/dev/null || { echo "neovim test: nvim is not installed (apt-get install -y neovim)" >&2; exit 1; }

work=$(mktemp -d /tmp/carelint-nvim.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/doc" "$work/out"
cp "$fixtures/$name.md" "$work/doc/$name.md"

set +e
CARELINT_LSP=$server CARELINT_FIXTURE=$work/doc/$name.md CARELINT_OUT=$work/out \
CARELINT_ACTION=$(cat "$expected/$name.action") \
  timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $here/run.lua" </dev/null
status=$?
set -e
cat "$work/out/log.txt" 2>/dev/null | sed 's/^/  nvim: /'
if [ "$status" -ne 0 ]; then
  echo "neovim test: nvim exited $status" >&2
  exit 1
fi

# Settings given to setup{} reach the server (the title's hover shows the target grade) without a warning.
set +e
CARELINT_LSP=$server CARELINT_FIXTURE=$work/doc/$name.md CARELINT_OUT=$work/out CARELINT_SETUP_GRADE=7 \
  timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $here/run.lua" </dev/null
status=$?
set -e
sed 's/^/  nvim setup{ readingGrade = 7 }: /' "$work/out/log.txt" 2>/dev/null | grep -E ": grade|FAIL|showMessage" || true
if [ "$status" -ne 0 ]; then
  echo "neovim test: nvim exited $status with setup{ readingGrade = 7 }" >&2
  exit 1
fi

failed=0
check() {  # check EXPECTED RECEIVED WHAT
  if ! "$editors/test/compare.sh" "$1" "$2" "$3"; then failed=1; fi
}
check "$expected/$name.diagnostics" "$work/out/diagnostics.txt" "diagnostics on open"
check "$expected/$name.action.md" "$work/out/after-action.md" "buffer after the quick fix"
check "$expected/$name.action.diagnostics" "$work/out/after-action-diagnostics.txt" "diagnostics after the quick fix"
check "$expected/$name.fixall.md" "$work/out/after-fix-all.md" "buffer after :CareLintFixAll"
check "$expected/$name.fixall.diagnostics" "$work/out/after-fix-all-diagnostics.txt" "diagnostics after :CareLintFixAll"
if [ "$failed" -ne 0 ]; then echo "neovim test: FAILED (diff above)" >&2; exit 1; fi
echo "neovim test: passed ($(grep -vc "^#" "$expected/$name.diagnostics") diagnostics, quick fix and fix all checked)"
