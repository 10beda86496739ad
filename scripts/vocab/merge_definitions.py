#!/usr/bin/env python3
"""Merges the lay definitions that writers return (/work/defs/done/*.tsv: id, term, definition) into
scripts/vocab/medicine/definitions.tsv, the reviewed input of make_medicine.py.

Each definition is put in the packs' style (lower-case start unless the first word is an acronym or a name, no
final period: the rules insert it in parentheses), then checked: reading grade <= 8 and no run of 8 or more words
shared with a file of ../shared/vocab-sources (the same checks as check_packs.py). A definition that fails, or
whose id and term name no concept of the generator's queue, is left out and listed on stderr. An id that was
merged into another concept is kept (make_medicine.py finds it through the concept's variants).

Usage: scripts/vocab/merge_definitions.py [--done /work/defs/done] [--sources ../shared/vocab-sources]
Exit status: 0 (problems are reported, not fatal), 2 on bad usage.
"""
import argparse
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_packs  # noqa: E402
from make_medicine import default_sources  # noqa: E402

TABLE = os.path.join(HERE, "medicine", "definitions.tsv")


def styled(text):
    text = " ".join(text.split()).rstrip(".")
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and not (first.isupper() or any(ch.isupper() for ch in first[1:])) and first not in ("I", "X", "Y"):
        text = text[0].lower() + text[1:]
    return text


def read(path):
    rows = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3 and parts[0] != "id" and not line.startswith("#"):
                    rows[parts[0]] = (parts[1], parts[2])
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--done", default="/work/defs/done")
    parser.add_argument("--sources", default=default_sources())
    arguments = parser.parse_args()
    table = read(TABLE)
    incoming = {}
    for path in sorted(glob.glob(os.path.join(arguments.done, "*.tsv"))):
        for identifier, (term, definition) in read(path).items():
            if definition.strip():
                incoming[identifier] = (term, styled(definition), os.path.basename(path))
    runs = {}
    for identifier, (_, definition, _) in incoming.items():
        for run in check_packs.shingles(definition):
            runs.setdefault(run, set()).add(identifier)
    copied = {}
    for name in sorted(os.listdir(arguments.sources)):
        path = os.path.join(arguments.sources, name)
        if name == "README.md" or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as handle:
            tokens = check_packs.words(handle.read())
        for i in range(len(tokens) - check_packs.SHARED_RUN + 1):
            for identifier in runs.get(tuple(tokens[i:i + check_packs.SHARED_RUN]), ()):
                copied.setdefault(identifier, (name, " ".join(tokens[i:i + check_packs.SHARED_RUN])))
    merged = rejected = 0
    for identifier, (term, definition, batch) in sorted(incoming.items()):
        if identifier in copied:
            name, run = copied[identifier]
            print(f"{batch}: {identifier}: shares \"{run}\" with {name}; left out", file=sys.stderr)
            rejected += 1
            continue
        grade = check_packs.grade(definition)
        if grade > 8:
            print(f"{batch}: {identifier}: reads at grade {grade:.1f} (at most 8); left out", file=sys.stderr)
            rejected += 1
            continue
        table[identifier] = (term, definition)
        merged += 1
    with open(TABLE, "w", encoding="utf-8") as handle:
        handle.write("id\tterm\tdefinition\n")
        for identifier in sorted(table):
            term, definition = table[identifier]
            handle.write(f"{identifier}\t{term}\t{definition}\n")
    print(f"merge_definitions: {merged} definitions merged, {rejected} left out; {len(table)} in {os.path.relpath(TABLE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
