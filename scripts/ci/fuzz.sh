#!/usr/bin/env bash
# CI smoke of the libFuzzer harnesses in Fuzz/: builds every harness, runs each for FUZZ_SECONDS (default 20)
# from its seed corpus, and fails when one crashes, hangs or breaks an invariant. The crashing input is kept in
# .build/fuzz/artifacts/HARNESS/ and named in the output; turn it into a test in Tests/CareLintTests/Hostile/.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v swiftc >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swiftc ]; then export PATH=/opt/swift/usr/bin:$PATH; fi
seconds=${FUZZ_SECONDS:-20}
scripts/fuzz/build.sh
status=0
for source in Fuzz/*.swift; do
  harness=$(basename "$source" .swift)
  echo "== fuzz $harness (${seconds}s)"
  log=.build/fuzz/$harness.smoke.log
  if scripts/fuzz/run.sh "$harness" "$seconds" > "$log" 2>&1; then
    grep -E "^Done|stat::number_of_executed_units" "$log" | head -n 2 || true
  else
    status=1
    echo "fuzz $harness FAILED:"
    grep -E "invariant broken|ERROR|SUMMARY|Test unit written" "$log" | head -n 10 || tail -n 30 "$log"
  fi
done
exit "$status"
