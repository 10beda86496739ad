#!/usr/bin/env python3
"""Validates the built-in packs (every JSON file under Vocab/, sub-folders included) and the example
configuration against Schemas/. Reports are validated by scripts/ci/cli.sh (validate_formats.py), once.

  validate_schemas.py [CARELINT_BINARY]   (the argument is accepted for compatibility and unused)

Exits 1 on the first file that does not validate, printing the file, the JSON path and the reason.
"""
import json, pathlib, sys

import jsonschema

root = pathlib.Path(__file__).resolve().parents[2]


def validator(name):
    schema = json.loads((root / "Schemas" / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def check(validator, instance, label):
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        path = "/".join(str(p) for p in error.absolute_path)
        print(f"{label}: /{path}: {error.message}")
    if errors:
        sys.exit(1)
    print(f"ok  {label}")


def main():
    packs = validator("vocabulary.schema.json")
    for pack in sorted((root / "Vocab").rglob("*.json")):
        check(packs, json.loads(pack.read_text()), str(pack.relative_to(root)))
    config = validator("config.schema.json")
    check(config, json.loads((root / "Examples" / ".carelint.json").read_text()), "Examples/.carelint.json")

if __name__ == "__main__":
    main()
