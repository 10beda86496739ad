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
        shutil.copytree(GOLD, gold, ignore=shutil.ignore_patterns("heldout2-*"))
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
        self.assertEqual(agreement.prefixes_present(gold), ["reviewer+heldout"])
        out = self.run_script(os.path.join(gold, "heldout-b.tsv"), "--gold", gold, "--prefix", "heldout")
        self.assertIn("### First held-out set (a development set since round s6): `heldout`", out)
        self.assertNotIn("Calibration", out)
        self.assertIn("5 pages; target met on", out)
        # CareLint answers as reviewer B: 100% with B on every item.
        for row in [line for line in out.splitlines() if line.startswith("| pemat/") or line.startswith("| cci/")]:
            self.assertEqual(row.split(" | ")[2].split(" / ")[0], "100%", row)
        both = self.run_script(os.path.join(gold, "heldout-b.tsv"), "--gold", gold, "--prefix", "reviewer", "--prefix", "heldout")
        self.assertLess(both.index("Calibration set"), both.index("First held-out set"))

    def test_development_set_pools_and_fresh_set_hides_disagreements(self):
        gold = os.path.join(self.folder, "gold")
        shutil.copytree(GOLD, gold, ignore=shutil.ignore_patterns("heldout*"))
        with open(os.path.join(GOLD, "pages.txt"), encoding="utf-8") as handle:
            pages = [line.strip() for line in handle if line.strip()]
        # Pages 0-19 stay in the calibration set, 20-24 become "heldout", 0-2 are copied as the fresh set.
        for prefix, chosen in (("reviewer", pages[:20]), ("heldout", pages[20:]), ("heldout2", pages[:3])):
            name = "pages.txt" if prefix == "reviewer" else f"{prefix}-pages.txt"
            with open(os.path.join(gold, name), "w", encoding="utf-8") as handle:
                handle.write("\n".join(chosen) + "\n")
            for side in "ab":
                with open(os.path.join(GOLD, f"reviewer-{side}.tsv"), encoding="utf-8") as source, \
                        open(os.path.join(gold, f"{prefix}-{side}.tsv"), "w", encoding="utf-8") as target:
                    for number, line in enumerate(source):
                        if number == 0 or line.split("\t")[0] in chosen:
                            target.write(line.rstrip("\n") + "\treason\n")
        self.assertEqual(agreement.prefixes_present(gold), ["reviewer+heldout", "heldout2"])
        a, b, listed, reasons = agreement.load_set(gold, "reviewer+heldout", gold)
        self.assertEqual(listed, pages)
        self.assertEqual(len(reasons["A"]), len(a))
        _, _, _, fresh_reasons = agreement.load_set(gold, "heldout2", gold)
        self.assertEqual(fresh_reasons, {"A": {}, "B": {}})
        # CareLint answers as reviewer A with every pemat/1 rating turned over: the pooled table has all 25 pages;
        # disagreements with the consensus are listed for the development set only.
        flipped = os.path.join(self.folder, "flipped.tsv")
        with open(os.path.join(GOLD, "reviewer-a.tsv"), encoding="utf-8") as source, open(flipped, "w", encoding="utf-8") as target:
            for line in source:
                fields = line.rstrip("\n").split("\t")
                if fields[1] == "pemat/1":
                    fields[2] = {"1": "0", "0": "1"}.get(fields[2], fields[2])
                target.write("\t".join(fields) + "\n")
        out = self.run_script(flipped, "--gold", gold, "--disagreements", "--reasons", gold)
        self.assertIn("### Development set (calibration + first held-out pages; mechanisms tuned here): `reviewer+heldout`", out)
        self.assertIn("### Fresh held-out set (never tuned on): `heldout2`", out)
        self.assertIn("25 pages; target met on", out)
        self.assertIn("3 pages; target met on", out)
        rows = [line for line in out.splitlines() if "\tconsensus " in line]
        self.assertEqual(len(rows), 25, rows)  # the development table's 25 pages, none of the fresh set's 3
        self.assertTrue(all(line.startswith("pemat/1\t") for line in rows))
        self.assertLess(out.index("    A: reason"), out.index("`reviewer+heldout`"))

    def test_before_columns_compare_another_binary(self):
        # The same stand-in as "before": its columns repeat the consensus cell and the verdict of the main table.
        out = self.run_script(os.path.join(GOLD, "reviewer-a.tsv"), "--gold", GOLD, "--prefix", "reviewer", "--before", self.binary)
        self.assertIn("| target met | before: vs consensus | before: met |", out)
        self.assertIn("| pemat/1 | 100% / 1.00 | 100% / 1.00 | 100% / 1.00 (25) | 100% / 1.00 | yes | 100% / 1.00 | yes |", out)
        summary = [line for line in out.splitlines() if "target met on" in line][0]
        met = summary.split("target met on ")[1].split(" of ")[0]
        self.assertTrue(summary.endswith(f"(before: {met})."), summary)

    def test_missing_held_out_files_stop_with_a_message(self):
        gold = os.path.join(self.folder, "gold")
        shutil.copytree(GOLD, gold, ignore=shutil.ignore_patterns("heldout*"))
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
