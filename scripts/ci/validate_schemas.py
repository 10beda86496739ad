#!/usr/bin/env python3
"""Validates the built-in packs, the example configuration and a JSON report of Examples/ against Schemas/.

  validate_schemas.py CARELINT_BINARY

Exits 1 on the first file that does not validate, printing the file, the JSON path and the reason.
"""
import json, pathlib, subprocess, sys

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
    binary = sys.argv[1] if len(sys.argv) > 1 else str(root / ".build" / "debug" / "carelint")
    packs = validator("vocabulary.schema.json")
    for pack in sorted((root / "Vocab").glob("*.json")):
        check(packs, json.loads(pack.read_text()), f"Vocab/{pack.name}")
    config = validator("config.schema.json")
    check(config, json.loads((root / "Examples" / ".carelint.json").read_text()), "Examples/.carelint.json")
    result = subprocess.run([binary, "check", "Examples/", "--format", "json"], cwd=root, capture_output=True)
    if result.returncode not in (0, 1):
        print(f"carelint check Examples/ exited {result.returncode}: {result.stderr.decode()[:500]}")
        sys.exit(1)
    report = json.loads(result.stdout)
    check(validator("report.schema.json"), report, "report of Examples/")
    if not any(f.get("diagnostics") for f in report["files"]):
        print("the report of Examples/ has no findings; the example draft should show the rules at work")
        sys.exit(1)


if __name__ == "__main__":
    main()
