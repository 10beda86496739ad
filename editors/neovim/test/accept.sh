#!/usr/bin/env bash
# Neovim (no workspace/didChangeWatchedFiles in 0.7): accept a word, save .carelint.json, edit; the finding is gone.
# Usage: editors/neovim/test/accept.sh SERVER
set -euo pipefail
server=$(realpath "${1:?usage: accept.sh path/to/carelint-lsp}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/carelint-nvim-accept.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/doc" "$work/out"
printf '{\n  "locale": "en-US"\n}\n' > "$work/doc/.carelint.json"
printf 'The zorblax dose is taken at night.\n' > "$work/doc/page.md"
set +e
CARELINT_LSP=$server CARELINT_PAGE=$work/doc/page.md CARELINT_WORD=zorblax CARELINT_OUT=$work/out \
  timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $here/accept.lua" </dev/null
status=$?
set -e
sed 's/^/  nvim: /' "$work/out/log.txt" 2>/dev/null || true
[ "$status" -eq 0 ] || { echo "neovim accept test: FAILED (nvim exited $status)" >&2; exit 1; }
grep -q '"zorblax"' "$work/doc/.carelint.json" || { echo "neovim accept test: .carelint.json was not saved with the word" >&2; exit 1; }
echo "neovim accept test: passed"
