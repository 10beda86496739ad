#!/usr/bin/env python3
"""Generates the medicine packs (Vocab/medicine/*.json) from the vocabulary sources and the hand-reviewed
inputs in scripts/vocab/medicine/.

Terms, synonyms, plain words and frequencies come from the files of ../shared/vocab-sources (see
Vocab/README.md for each source and its licence). Their definitions are used only to sort a term into a
category; no sentence of theirs is written to a pack. Definitions come from
scripts/vocab/medicine/definitions.tsv (the project's own words), judgement calls from overrides.tsv and
well-known.txt.

Usage:
  scripts/vocab/make_medicine.py [--sources ../shared/vocab-sources] [--output Vocab/medicine]
  scripts/vocab/make_medicine.py --queue          # concepts that still need a definition, most used first (TSV)
  scripts/vocab/make_medicine.py --check          # compare with the committed packs instead of writing them
Exit status: 0 on success, 1 when --check finds a difference, 2 when the sources are missing.
"""
import argparse
import filecmp
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from medicine import candidates, inputs, packs  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def default_sources():
    """../shared/vocab-sources beside the repository (CI), or two levels up for a git worktree."""
    for up in (1, 2):
        folder = os.path.join(ROOT, *[".."] * up, "shared", "vocab-sources")
        if os.path.isdir(folder):
            return os.path.normpath(folder)
    return os.path.join(os.path.dirname(ROOT), "shared", "vocab-sources")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", default=default_sources())
    parser.add_argument("--vocab", default=os.path.join(ROOT, "Vocab"))
    parser.add_argument("--output", default=os.path.join(ROOT, "Vocab", "medicine"))
    parser.add_argument("--queue", action="store_true", help="print the concepts that need a definition, most used first")
    parser.add_argument("--check", action="store_true", help="exit 1 when the packs in --output differ from what would be generated")
    arguments = parser.parse_args()
    if not os.path.isdir(arguments.sources):
        print(f"make_medicine: {arguments.sources} does not exist", file=sys.stderr)
        return 2
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "medicine")
    reviewed = inputs.load(here)
    taken = packs.existing_forms(arguments.vocab)
    concepts = candidates.collect(arguments.sources, reviewed, taken, packs.jargon_forms(arguments.vocab))
    if arguments.queue:
        packs.print_queue(concepts, reviewed)
        return 0
    if arguments.check:
        with tempfile.TemporaryDirectory() as scratch:
            packs.write(concepts, reviewed, scratch)
            names = sorted(name for name in os.listdir(scratch))
            committed = sorted(name for name in os.listdir(arguments.output)) if os.path.isdir(arguments.output) else []
            _, differ, missing = filecmp.cmpfiles(scratch, arguments.output, names, shallow=False)
            extra = [name for name in committed if name not in names]
            if differ or missing or extra:
                print(f"make_medicine: {arguments.output} differs from the generator ({', '.join(differ + missing + extra)}); "
                      "run scripts/vocab/make_medicine.py and commit the result", file=sys.stderr)
                return 1
        print(f"{arguments.output} matches its generator ({len(names)} packs).")
        return 0
    written = packs.write(concepts, reviewed, arguments.output)
    for name, count in written:
        print(f"{name}: {count} concepts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
