#!/usr/bin/env bash
# Checks that two carelint binaries report the same findings, byte for byte: each runs `check --format json` on
# Examples/, /work/shared/corpus/dev and /work/shared/corpus/real/pages (a corpus that is absent is skipped with a
# message). Fails on the first difference (report bytes or exit status) and prints the first differing file and
# finding. Run from the repository root, after every speed change:
#
#   scripts/ci/same-findings.sh /tmp/carelint-before .build/release/carelint
#
# Corpora can be replaced with SAME_FINDINGS_CORPORA="dir1 dir2".
set -euo pipefail
if [ "$#" -ne 2 ]; then
  echo "usage: $0 OLD_BIN NEW_BIN" >&2
  exit 2
fi
old=$1 new=$2
for bin in "$old" "$new"; do
  [ -x "$bin" ] || { echo "same-findings: $bin is not an executable" >&2; exit 2; }
done
corpora=${SAME_FINDINGS_CORPORA:-"Examples /work/shared/corpus/dev /work/shared/corpus/real/pages"}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
checked=0
for corpus in $corpora; do
  if [ ! -d "$corpus" ]; then
    echo "same-findings: skipped $corpus (absent)"
    continue
  fi
  for side in old new; do
    bin=$old; [ "$side" = new ] && bin=$new
    status=0
    "$bin" check --format json --jobs 2 "$corpus" >"$out/$side.json" 2>"$out/$side.err" || status=$?
    echo "$status" >"$out/$side.status"
    if [ "$status" -gt 1 ]; then
      echo "same-findings: $bin exited $status on $corpus:" >&2
      head -5 "$out/$side.err" >&2
      exit 1
    fi
  done
  if ! cmp -s "$out/old.status" "$out/new.status"; then
    echo "same-findings: $corpus: exit status differs (old $(cat "$out/old.status"), new $(cat "$out/new.status"))" >&2
    exit 1
  fi
  if ! cmp -s "$out/old.json" "$out/new.json"; then
    echo "same-findings: $corpus: the JSON reports differ" >&2
    python3 - "$out/old.json" "$out/new.json" <<'PY' >&2 || true
import json, sys
def load(path):
    try:
        return json.load(open(path, encoding="utf-8"))
    except ValueError as error:
        print(f"  {path} is not JSON: {error}")
        sys.exit(0)
old, new = load(sys.argv[1]), load(sys.argv[2])
for key in sorted(set(old) | set(new)):
    if key != "files" and old.get(key) != new.get(key):
        print(f"  top-level {key!r}: old {json.dumps(old.get(key))[:300]} new {json.dumps(new.get(key))[:300]}")
oldFiles = {f["path"]: f for f in old.get("files", [])}
newFiles = {f["path"]: f for f in new.get("files", [])}
paths = [f["path"] for f in old.get("files", [])] + [f["path"] for f in new.get("files", []) if f["path"] not in oldFiles]
for path in paths:
    a, b = oldFiles.get(path), newFiles.get(path)
    if a == b:
        continue
    print(f"  first differing file: {path}")
    if a is None or b is None:
        print("  only in the " + ("new" if a is None else "old") + " report")
        break
    da, db = a.get("diagnostics", []), b.get("diagnostics", [])
    for i in range(max(len(da), len(db))):
        x = da[i] if i < len(da) else None
        y = db[i] if i < len(db) else None
        if x != y:
            print(f"  first differing finding (#{i}):")
            print("    old: " + (json.dumps(x, ensure_ascii=False)[:600] if x else "(none)"))
            print("    new: " + (json.dumps(y, ensure_ascii=False)[:600] if y else "(none)"))
            break
    else:
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                print(f"  field {key!r}: old {json.dumps(a.get(key))[:300]} new {json.dumps(b.get(key))[:300]}")
    break
else:
    if old == new:
        print("  same JSON values, different bytes (order or formatting)")
PY
    exit 1
  fi
  echo "same-findings: $corpus: identical ($(wc -c <"$out/new.json") bytes, exit $(cat "$out/new.status"))"
  checked=$((checked + 1))
done
echo "same-findings: $checked corpora identical"
