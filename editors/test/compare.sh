#!/usr/bin/env bash
# compare.sh EXPECTED RECEIVED WHAT: diff -u of an expected file and what an editor received.
# A diagnostics file (one "L:C-L:C severity rule "text"" line per diagnostic, LSP positions) may start with
# "# rules: ID..." : then only diagnostics of those rules are compared, so a rule added to CareLint later does not
# break the editor tests; the other diagnostics are listed as notes.
set -euo pipefail
expected=$1 received=$2 what=$3
rules=$(sed -n '1s/^# rules: //p' "$expected")
if [ -n "$rules" ]; then
  filtered=$(mktemp)
  trap 'rm -f "$filtered"' EXIT
  awk -v rules="$rules" 'BEGIN { n = split(rules, r, " "); for (i = 1; i <= n; i++) keep[r[i]] = 1 }
                         ($3 in keep) { print }' "$received" > "$filtered"
  awk -v rules="$rules" 'BEGIN { n = split(rules, r, " "); for (i = 1; i <= n; i++) keep[r[i]] = 1 }
                         !($3 in keep) { print "  note (rule not checked here): " $0 }' "$received"
  diff -u --label "expected: $what" --label "received: $what" <(sed '1{/^# rules: /d}' "$expected") "$filtered"
else
  diff -u --label "expected: $what" --label "received: $what" "$expected" "$received"
fi
