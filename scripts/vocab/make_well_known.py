#!/usr/bin/env python3
"""Generates Dictionaries/well-known.txt: the one-word entries of the reviewed list
scripts/vocab/medicine/well-known.txt, lower case, sorted. The packs read that list when they are generated
(make_medicine.py, make_rare.py); the rules read this copy at run time, so that a word reviewed as everyday
("physicians", "breastbone", "antioxidant") is never asked about, whichever pack or word list holds it, and
the eponyms readers know ("alzheimer", "down") are not asked to be explained in a condition's name.

Usage: python3 scripts/vocab/make_well_known.py [--check]
--check exits 1 when the committed file differs from what the list gives.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generated import write_or_check  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE = os.path.join(ROOT, "scripts", "vocab", "medicine", "well-known.txt")
OUT = os.path.join(ROOT, "Dictionaries", "well-known.txt")


def main():
    with open(SOURCE, encoding="utf-8") as handle:
        entries = {line.split("#", 1)[0].strip().lower() for line in handle}
    words = sorted(e for e in entries if e and " " not in e)
    text = "".join(w + "\n" for w in words)
    write_or_check(OUT, text, "scripts/vocab/make_well_known.py", f"wrote {len(words)} words to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
