"""The hand-reviewed inputs of the medicine packs (files in this folder).

- `definitions.tsv` (id, term, definition): lay definitions in the project's own words.
- `overrides.tsv` (term, field, value): judgement calls on what the sources give. Fields: `drop` (not a
  concept: a general word, a noisy entry), `plain` (the plain words, `|`-separated; `-` for none; only the
  plain words reviewed here reach a pack, the sources' are proposals), `kind`
  (the pack: conditions, anatomy, tests-procedures, treatments, symptoms, care, genetics, general),
  `category`, `variants` (`|`-separated; `-` for none), `acronym`, `broader` (`|`-separated ids), `add` (a
  concept the sources do not list as a term; value kind/category).
- `well-known.txt`: terms a grade 6-8 reader knows (cancer, blood, vaccine), which need no definition at first
  use; one a line, `#` starts a comment.
- `clinical-words.txt`: words SCOWL ranks as general English that a grade 6-8 reader does not know (esophagus,
  serum, prevalence): a term with one of them needs a definition; one a line, `#` starts a comment.
"""
import os


def rows(path, columns):
    if not os.path.exists(path):
        return []
    found = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if number == 1 and parts[0] in ("id", "term"):
                continue
            if len(parts) != columns:
                raise SystemExit(f"{path}:{number}: expected {columns} tab-separated columns, found {len(parts)}")
            found.append(parts)
    return found


def word_list(path):
    """The lower-case entries of a reviewed list: one a line, `#` starts a comment."""
    found = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                line = line.split("#", 1)[0].strip().lower()
                if line:
                    found.add(line)
    return found


def bars(value):
    return [] if value == "-" else [part.strip() for part in value.split("|") if part.strip()]


class Reviewed:
    def __init__(self, folder):
        self.definitions = {}
        for identifier, term, definition in rows(os.path.join(folder, "definitions.tsv"), 3):
            if definition.strip() == "SKIP":  # a writer's "not a medical term": never a definition
                continue
            self.definitions[identifier] = definition.strip()
        self.overrides = {}
        self.dropped = set()
        self.added = []
        for term, field, value in rows(os.path.join(folder, "overrides.tsv"), 3):
            term = " ".join(term.lower().split())
            if field == "drop":
                self.dropped.add(term)
            elif field == "add":
                self.added.append((term, value))
            else:
                self.overrides.setdefault(term, []).append((field, value))
        self.well_known = word_list(os.path.join(folder, "well-known.txt"))
        self.clinical = word_list(os.path.join(folder, "clinical-words.txt"))

    def apply(self, concepts, pool):
        from .candidates import slug
        for term, value in self.added:
            kind, _, category = value.partition("/")
            concept = pool.add(term, "CareLint", (kind, category or "general"))
            if concept is not None:
                concept["id"] = slug(concept["term"])
                concept.setdefault("rank", pool.rank(concept["term"]))
                concept.setdefault("everyday", False)
                concept.setdefault("common", False)
                concepts.setdefault(concept["id"], concept)
        by_term = {c["term"].lower(): c for c in concepts.values()}
        for concept in concepts.values():
            # A source's plain word is only a proposal (the CDC thesaurus is noisy: "prevalence -> spread"); a
            # pack gets a plain word only where overrides.tsv confirms one (a wrong plain word is a wrong fix).
            concept["proposed"], concept["plain"] = concept["plain"], []
        for term, changes in self.overrides.items():
            concept = by_term.get(term)
            if concept is None:
                continue
            for field, value in changes:
                if field in ("plain", "variants"):
                    concept[field] = bars(value)
                elif field == "broader":
                    concept["broader"] = bars(value)
                elif field in ("kind", "category"):
                    concept[field] = value
                elif field == "acronym":
                    concept["acronym"] = None if value == "-" else value
                else:
                    raise SystemExit(f"overrides.tsv: unknown field {field!r} for {term!r}")


def load(folder):
    return Reviewed(folder)
