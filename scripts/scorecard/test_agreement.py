#!/usr/bin/env python3
"""Tests of agreement.py: run with `python3 scripts/scorecard/test_agreement.py`.

A stand-in for the carelint binary answers `score --format json` with the ratings of one reviewer file, so the
tests check the script's arithmetic and its gold sets (the calibration set in the repository and a held-out set
made from part of it) without building CareLint.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "agreement.py")
GOLD = os.path.join(HERE, "..", "..", "Tests", "Fixtures", "scorecard-gold")
sys.path.insert(0, HERE)
import agreement  # noqa: E402

FAKE = textwrap.dedent('''\
    #!/usr/bin/env python3
    import json, os, sys
    VERDICT = {"1": "pass", "0": "fail", "NA": "n/a"}
    ratings = {}
    with open(os.environ["FAKE_RATINGS"], encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            fields = line.rstrip("\\n").split("\\t")
            if number and len(fields) >= 3:
                ratings.setdefault(fields[0], []).append({"id": fields[1], "verdict": VERDICT[fields[2].strip().upper() if fields[2].strip().upper() == "NA" else fields[2].strip()]})
    pages = [{"path": path, "items": ratings.get(os.path.basename(path), [])} for path in sys.argv[4:]]
    print(json.dumps({"version": 1, "pages": pages}))
    ''')


class AgreementTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()
        self.binary = os.path.join(self.folder, "carelint")
        with open(self.binary, "w", encoding="utf-8") as handle:
            handle.write(FAKE)
        os.chmod(self.binary, 0o755)

    def tearDown(self):
        shutil.rmtree(self.folder)

    def run_script(self, ratings, *arguments):
        environment = dict(os.environ, FAKE_RATINGS=ratings)
        result = subprocess.run([sys.executable, SCRIPT, "--binary", self.binary, "--pages", self.folder, *arguments],
                                capture_output=True, text=True, env=environment)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def test_calibration_set_when_carelint_rates_as_reviewer_a(self):
        out = self.run_script(os.path.join(GOLD, "reviewer-a.tsv"), "--gold", GOLD, "--prefix", "reviewer")
        self.assertIn("### Calibration set (thresholds tuned on these pages): `reviewer`", out)
        self.assertNotIn("Held-out", out)
        self.assertIn("| pemat/1 | 100% / 1.00 |", out)
        self.assertIn("| cci/20 | 100% / 1.00 |", out)
        self.assertIn("25 pages; target met on", out)

    def test_held_out_set_is_reported_separately(self):
        gold = os.path.join(self.folder, "gold")
        shutil.copytree(GOLD, gold)
        with open(os.path.join(GOLD, "pages.txt"), encoding="utf-8") as handle:
            held = [line.strip() for line in handle if line.strip()][:5]
        with open(os.path.join(gold, "heldout-pages.txt"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(held) + "\n")
        for side in "ab":
            with open(os.path.join(GOLD, f"reviewer-{side}.tsv"), encoding="utf-8") as source, \
                    open(os.path.join(gold, f"heldout-{side}.tsv"), "w", encoding="utf-8") as target:
                for number, line in enumerate(source):
                    if number == 0 or line.split("\t")[0] in held:
                        target.write(line.rstrip("\n") + "\treason in words\n")
        self.assertEqual(agreement.prefixes_present(gold), ["reviewer", "heldout"])
        out = self.run_script(os.path.join(gold, "heldout-b.tsv"), "--gold", gold, "--prefix", "heldout")
        self.assertIn("### Held-out set (never tuned on): `heldout`", out)
        self.assertNotIn("Calibration", out)
        self.assertIn("5 pages; target met on", out)
        # CareLint answers as reviewer B: 100% with B on every item.
        for row in [line for line in out.splitlines() if line.startswith("| pemat/") or line.startswith("| cci/")]:
            self.assertEqual(row.split(" | ")[2].split(" / ")[0], "100%", row)
        both = self.run_script(os.path.join(gold, "heldout-b.tsv"), "--gold", gold)
        self.assertLess(both.index("Calibration set"), both.index("Held-out set"))

    def test_missing_held_out_files_stop_with_a_message(self):
        gold = os.path.join(self.folder, "gold")
        shutil.copytree(GOLD, gold, ignore=shutil.ignore_patterns("heldout-*"))
        self.assertEqual(agreement.prefixes_present(gold), ["reviewer"])
        environment = dict(os.environ, FAKE_RATINGS=os.path.join(GOLD, "reviewer-a.tsv"))
        result = subprocess.run([sys.executable, SCRIPT, "--binary", self.binary, "--pages", self.folder, "--gold", gold, "--prefix", "heldout"],
                                capture_output=True, text=True, env=environment)
        self.assertEqual(result.returncode, 1)
        self.assertIn("gold set 'heldout': missing", result.stderr)

    def test_kappa_and_reasons(self):
        self.assertAlmostEqual(agreement.kappa([("1", "1"), ("0", "0"), ("1", "0"), ("0", "1")]), 0.0)
        self.assertEqual(agreement.kappa([("1", "1"), ("1", "1")]), 1.0)
        path = os.path.join(self.folder, "x-a.tsv")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("page\titem\trating\treason\np.md\tpemat/6\tna\tno numbers\n")
        self.assertEqual(agreement.read_gold(path), {("p.md", "pemat/6"): "NA"})
        self.assertEqual(agreement.read_gold(path, column=3), {("p.md", "pemat/6"): "no numbers"})
        self.assertEqual(agreement.gold_pages(self.folder, "x", {("p.md", "pemat/6"): "NA"}, {}), ["p.md"])


if __name__ == "__main__":
    unittest.main()
