#!/usr/bin/env bash
# Runs one libFuzzer harness for a given time.
#
#   scripts/fuzz/run.sh HARNESS SECONDS [extra libFuzzer flags...]
#
# Seeds come from Fuzz/corpus/HARNESS/ (checked in); inputs the fuzzer finds go to .build/fuzz/corpus/HARNESS/
# (not checked in) and crashing inputs to .build/fuzz/artifacts/HARNESS/. Exits non-zero when the harness
# crashed, timed out or ran out of memory; the input is named in the output.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$#" -lt 2 ]; then echo "usage: scripts/fuzz/run.sh HARNESS SECONDS [libFuzzer flags...]" >&2; exit 2; fi
harness=$1
seconds=$2
shift 2
scripts/fuzz/build.sh "$harness"
work=.build/fuzz/corpus/$harness
artifacts=.build/fuzz/artifacts/$harness
mkdir -p "$work" "$artifacts"
dict=()
if [ -f "Fuzz/dict/$harness.dict" ]; then dict=(-dict="Fuzz/dict/$harness.dict"); fi
# -timeout: one input taking longer than 10 s is a hang; -rss_limit_mb bounds memory per run.
# The Swift runtime backtracer and ASan fight over a crashing process; libFuzzer prints the stack itself.
export SWIFT_BACKTRACE=enable=no
exec .build/fuzz/"$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" "$@" "$work" "Fuzz/corpus/$harness"
