#!/usr/bin/env bash
# CI smoke of the benchmark (issue 8): builds carelint-bench, runs it with --quick on the debug binaries (untimed:
# the figures of a debug build on a shared runner mean nothing) and checks that the JSON report has every row.
# Run from the repository root.
set -euo pipefail
export PATH=/opt/swift/usr/bin:$PATH
swift build --product carelint >/dev/null
swift build --product carelint-lsp >/dev/null
swift build --product carelint-bench >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.build/debug/carelint-bench --quick --no-build --no-peers --work "$out/corpus" --json "$out/bench.json" >"$out/table.md"
python3 - "$out/bench.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
required = [
    "floor.throughput", "lint.throughput.one-core", "lint.throughput.all-cores", "lint.throughput.large-file",
    "cli.one-page.wall", "cli.corpus.wall", "cli.corpus.peak-rss",
    "server.open", "server.edit.p50", "server.edit.p99", "server.peak-rss",
    "vocab100k.load", "vocab100k.throughput", "vocab100k.slowdown",
    "adversarial.load", "adversarial.1x.throughput", "adversarial.10x.throughput", "adversarial.growth",
    "peer.harper.one-page", "peer.harper.ratio", "peer.proselint.throughput", "peer.proselint.ratio",
]
rows = {row["id"]: row for row in report["rows"]}
missing = [name for name in required if name not in rows]
if missing:
    sys.exit(f"bench.sh: rows missing from the report: {', '.join(missing)}")
# Every measurement CareLint itself provides must have a figure; only the peers may be skipped (not installed).
empty = [name for name in required if rows[name]["value"] is None and not name.startswith("peer.")]
if empty:
    sys.exit("bench.sh: rows without a figure: " + "; ".join(f"{name} ({rows[name].get('note', '')})" for name in empty))
assert report["corpus"]["files"] > 0 and report["quick"] is True
print(f"bench.sh: {len(rows)} rows present, all CareLint figures measured (debug build, --quick: untimed)")
PY
