#!/usr/bin/env python3
"""Scores article-lint against the defects the corpus generator injected.

    python3 bench/score.py [--count 1000] [--corpus-dir DIR]

Runs the release binary with --format json on a corpus from
../shared/bench/gen_corpus.py (seed 42, reference day 2026-01-01 as the generator's
future-date defects assume) and prints, per injected defect kind, how many were found
at their file and line by the matching code (recall), then every code reported on
files the manifest calls clean. Clean files carry traps (years, "9 a.m.", "$5
million", "an 8-year-old", digits in code and URLs), so findings there are candidate
false positives - or style the generator does not follow (e.g. AP's comma after a
year), which the table lets a reader judge.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / "target" / "release" / "article-lint"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import corpus  # noqa: E402  (same corpus cache as the timing bench)

# The generator's defect kinds and the code that should report each.
KIND_TO_CODE = {
    "missing_field": "schema/required",
    "wrong_weekday": "date/weekday-mismatch",
    "future_date": "date/future",
    "updated_before_published": "date/order",
    "small_number_digits": "number/spell-out",
    "sentence_starts_with_numeral": "number/sentence-start",
    "missing_thousands_separator": "number/thousands-separator",
    "unabbreviated_millions": "number/large-round",
    "mixed_percent_style": "number/percent",
}

# The bundled schema's required and recommended fields.
REQUIRED = {"title", "published", "author", "section"}
RECOMMENDED = {"subtitle", "tags", "slug", "language", "dateline"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument(
        "--corpus-dir",
        type=Path,
        default=Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "article-lint-bench",
    )
    options = parser.parse_args()
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "lint"], cwd=ROOT, check=True)
    path = corpus(options.corpus_dir, options.count)
    manifest = json.loads((path / "manifest.json").read_text())
    run = subprocess.run(
        [str(BINARY), "check", "--config", str(ROOT / "bench" / "corpus-config.yaml"),
         "--today", manifest["ref_date"], "--format", "json", str(path)],
        capture_output=True, text=True,
    )
    report = json.loads(run.stdout)
    found = collections.defaultdict(set)  # (file, code) -> lines
    per_file = collections.defaultdict(list)
    for entry in report["files"]:
        name = Path(entry["path"]).name
        for d in entry["diagnostics"]:
            found[(name, d["code"])].add(d["span"]["line"])
            per_file[name].append(d["code"])

    print("| injected defect | code | found / injected | recall |")
    print("|---|---|---:|---:|")
    totals = collections.Counter()
    hits = collections.Counter()
    for defect in manifest["defects"]:
        kind, code = defect["kind"], KIND_TO_CODE[defect["kind"]]
        if kind == "missing_field":
            # The generator's schema requires more than the bundled one: a missing
            # recommended field is a warning, `source` is not in the default schema.
            field = defect["field"]
            if field in RECOMMENDED:
                kind, code = "missing_field (recommended)", "schema/recommended"
            elif field not in REQUIRED:
                continue
        totals[kind] += 1
        lines = found.get((defect["file"], code), set())
        # Schema findings point at the front matter, not the missing field's line.
        if lines and (code.startswith("schema/") or defect["line"] in lines):
            hits[kind] += 1
    rows = list(KIND_TO_CODE.items())
    rows.insert(1, ("missing_field (recommended)", "schema/recommended"))
    for kind, code in rows:
        if totals[kind]:
            print(f"| {kind} | `{code}` | {hits[kind]} / {totals[kind]} | "
                  f"{hits[kind] / totals[kind]:.0%} |")

    defective = {d["file"] for d in manifest["defects"]}
    clean = [p.name for p in path.glob("*.md") if p.name not in defective]
    on_clean = collections.Counter(code for name in clean for code in per_file[name])
    print(f"\nFindings on the {len(clean)} clean files, by code:\n")
    print("| code | findings | files |")
    print("|---|---:|---:|")
    for code, count in on_clean.most_common():
        files = sum(1 for name in clean if code in per_file[name])
        print(f"| `{code}` | {count} | {files} |")


if __name__ == "__main__":
    main()
