#!/usr/bin/env python3
"""Merges the lay definitions that writers return (/work/defs/done/*.tsv: id, term, definition) into
scripts/vocab/medicine/definitions.tsv, the reviewed input of make_medicine.py.

Each definition is put in the packs' style (lower-case start unless the first word is an acronym or a name, no
final period: the rules insert it in parentheses; a "such as …" tail is cut when it alone lifts the grade
past 8), then checked: reading grade <= 8 and no run of 8 or more words
shared with a file of ../shared/vocab-sources (the same checks as check_packs.py). A definition that fails, or
whose id and term name no concept of the generator's queue, is left out and listed on stderr. An id that was
merged into another concept is kept (make_medicine.py finds it through the concept's variants).

Usage: scripts/vocab/merge_definitions.py [--done /work/defs/done [--done /work/defs/redo/done]] [--sources ../shared/vocab-sources]
                                         [--carelint .build/debug/carelint]   # also lint each one with CareLint
Exit status: 0 (problems are reported, not fatal), 2 on bad usage.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_packs  # noqa: E402
from make_medicine import default_sources  # noqa: E402

TABLE = os.path.join(HERE, "medicine", "definitions.tsv")


def styled(text):
    text = " ".join(text.split()).rstrip(".")
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and not ((len(first) > 1 and first.isupper()) or any(ch.isupper() for ch in first[1:])) and first not in ("I", "X", "Y"):
        text = text[0].lower() + text[1:]
    return text


def read(path):
    rows = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                # "SKIP": the writer found no medical sense to define (overrides.tsv drops the concept).
                if len(parts) == 3 and parts[0] != "id" and not line.startswith("#") and parts[2].strip() != "SKIP":
                    rows[parts[0]] = (parts[1], parts[2])
    return rows


def forms_of(concept):
    forms = set()
    for form in [concept["term"]] + concept.get("variants", []):
        form = " ".join(check_packs.words(form))
        forms.update((form, form + "s", form + "es"))
    return forms


def self_contained(table):
    """Leaves out definitions that use a term CareLint would flag: a term with a plain word (jargon) or one that
    must be explained at first use. A definition must pass CareLint itself (BuiltInVocabularyTests), and leaving
    one out can free another, so this repeats until nothing changes. Reads the packs as generated last; run
    merge and make_medicine.py twice after large changes. Returns how many were left out."""
    vocab = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Vocab")
    well_known = set()
    with open(os.path.join(HERE, "medicine", "well-known.txt"), encoding="utf-8") as handle:
        well_known = {line.split("#", 1)[0].strip().lower() for line in handle} - {""}
    fixed, medicine = set(), {}
    for path in check_packs.pack_paths(vocab):
        with open(path, encoding="utf-8") as handle:
            pack = json.load(handle)
        for concept in pack.get("concepts", []):
            if pack["name"].startswith("medicine/"):
                medicine[concept["id"]] = concept
            elif concept.get("plain") or concept.get("defineOnFirstUse"):
                fixed |= forms_of(concept)
    removed = 0
    while True:
        flagged = set(fixed)
        for identifier, concept in medicine.items():
            # defineOnFirstUse does not depend on having a definition (packs.needs_definition): a term the
            # packs ask to explain is flagged in a definition whether or not it has one.
            if concept.get("plain") or concept.get("defineOnFirstUse"):
                flagged |= forms_of(concept)
        dropped = []
        for identifier, (term, definition) in table.items():
            tokens = check_packs.words(definition)
            own = forms_of(medicine[identifier]) if identifier in medicine else set()
            grams = {" ".join(tokens[i:j]) for i in range(len(tokens)) for j in range(i + 1, min(i + 5, len(tokens)) + 1)}
            used = sorted((grams & flagged) - own)
            if used:
                dropped.append((identifier, used[0]))
        if not dropped:
            return removed
        for identifier, word in dropped:
            print(f"{identifier}: uses \"{word}\", which CareLint flags unexplained; left out", file=sys.stderr)
            del table[identifier]
        removed += len(dropped)


def linted(table, binary):
    """Lints each definition with CareLint, as BuiltInVocabularyTests does (capitalised, with a final period;
    warnings and errors count, structure rules do not), and leaves out those it flags."""
    with tempfile.TemporaryDirectory() as folder:
        for identifier, (_, definition) in table.items():
            with open(os.path.join(folder, identifier + ".md"), "w", encoding="utf-8") as handle:
                handle.write(definition[:1].upper() + definition[1:] + ".")
        result = subprocess.run([binary, "check", "--format", "json", "--jobs", "2", folder], capture_output=True, text=True)
        report = json.loads(result.stdout)
    removed = 0
    for entry in report["files"]:
        findings = [d for d in entry["diagnostics"] if d["severity"] != "info" and not d["rule"].startswith("structure/")]
        identifier = os.path.basename(entry["path"])[:-3]
        if findings and identifier in table:
            print(f"{identifier}: CareLint flags it ({findings[0]['rule']}: {findings[0]['message']}); left out", file=sys.stderr)
            del table[identifier]
            removed += 1
    return removed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--done", action="append", help="a folder of returned batches (repeatable; a later folder's "
                        "definition of an id wins; default /work/defs/done)")
    parser.add_argument("--sources", default=default_sources())
    parser.add_argument("--carelint", help="a built carelint binary: leave out definitions it flags (as BuiltInVocabularyTests does)")
    arguments = parser.parse_args()
    table = read(TABLE)
    incoming = {}
    for path in [p for folder in (arguments.done or ["/work/defs/done"]) for p in sorted(glob.glob(os.path.join(folder, "*.tsv")))]:
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
        if grade > 8 and ", such as " in definition:
            # The examples of a "such as" tail are what most often push a definition past grade 8; the
            # definition stands without them.
            shorter = definition.split(", such as ", 1)[0]
            if check_packs.grade(shorter) <= 8 and len(shorter.split()) >= 8:
                definition, grade = shorter, check_packs.grade(shorter)
        if grade > 8:
            print(f"{batch}: {identifier}: reads at grade {grade:.1f} (at most 8); left out", file=sys.stderr)
            rejected += 1
            continue
        table[identifier] = (term, definition)
        merged += 1
    rejected += self_contained(table)
    if arguments.carelint:
        rejected += linted(table, arguments.carelint)
    with open(TABLE, "w", encoding="utf-8") as handle:
        handle.write("id\tterm\tdefinition\n")
        for identifier in sorted(table):
            term, definition = table[identifier]
            handle.write(f"{identifier}\t{term}\t{definition}\n")
    print(f"merge_definitions: {merged} definitions merged, {rejected} left out; {len(table)} in {os.path.relpath(TABLE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
