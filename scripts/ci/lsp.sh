#!/usr/bin/env bash
# carelint-lsp against the recorded capabilities of real editors (Neovim 0.7 and 0.11, Emacs 29, VS Code),
# driven by pytest-lsp. Run from the repository root.
set -euo pipefail
export PATH=/opt/swift/usr/bin:$PATH
swift build --product carelint-lsp
venv="${CARELINT_LSP_VENV:-.build/lsp-venv}"
if [ ! -x "$venv/bin/pytest" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pytest-lsp>=1.0,<2"
fi
CARELINT_LSP="$(pwd)/.build/debug/carelint-lsp" "$venv/bin/pytest" -q -p no:cacheprovider -o asyncio_default_fixture_loop_scope=function scripts/ci/lsp/test_real_clients.py
