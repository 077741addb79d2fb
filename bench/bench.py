#!/usr/bin/env python3
"""Times `article-lint check` (release build) on a generated corpus.

    python3 bench/bench.py [--counts 1000 10000] [--runs 5] [--corpus-dir DIR]

The corpus comes from ../shared/bench/gen_corpus.py (seed 42), generated once into
--corpus-dir (default: $TMPDIR/article-lint-bench). Each configuration runs --runs
times after one warm-up run; the median wall time is reported with articles/s and
MB/s. Configurations: every rule; date rules off; number rules off; both off. The
overhead of a family is (all - family off) / (family off).

Nothing here asserts a time: it measures and prints a Markdown table for the README.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT.parent / "shared" / "bench" / "gen_corpus.py"
BINARY = ROOT / "target" / "release" / "article-lint"

CONFIGS = [
    ("all rules", []),
    ("date rules off", ["--ignore", "date"]),
    ("number rules off", ["--ignore", "number"]),
    ("date and number rules off", ["--ignore", "date", "--ignore", "number"]),
]


def corpus(directory: Path, count: int) -> Path:
    target = directory / f"corpus-{count}"
    if not (target / "manifest.json").exists():
        if not GENERATOR.exists():
            sys.exit(f"the corpus generator is missing: {GENERATOR}")
        subprocess.run(
            [sys.executable, str(GENERATOR), str(target), "--count", str(count), "--seed", "42"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def corpus_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.glob("*.md"))


def time_run(args: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"article-lint failed ({result.returncode}): {result.stderr.decode()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--corpus-dir",
        type=Path,
        default=Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "article-lint-bench",
    )
    options = parser.parse_args()
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "lint"], cwd=ROOT, check=True)

    print("| articles | MB | configuration | median s | articles/s | MB/s | overhead |")
    print("|---:|---:|---|---:|---:|---:|---:|")
    for count in options.counts:
        path = corpus(options.corpus_dir, count)
        megabytes = corpus_bytes(path) / 1e6
        medians = {}
        for name, extra in CONFIGS:
            # The generator writes "percent": the bench config accepts it (see the file).
            args = [str(BINARY), "check", "--config", str(ROOT / "bench" / "corpus-config.yaml"),
                    "--today", "2026-11-30",
                    "--format", "concise", *extra, str(path)]
            time_run(args)  # warm-up: page cache, lazy statics
            median = statistics.median(time_run(args) for _ in range(options.runs))
            medians[name] = median
            overhead = ""
            if name == "all rules":
                overhead = ""
            print(f"| {count} | {megabytes:.1f} | {name} | {median:.3f} | "
                  f"{count / median:,.0f} | {megabytes / median:.1f} | {overhead} |")
        base = medians["date and number rules off"]
        for family in ("date", "number"):
            without = medians[f"{family} rules off"]
            share = (medians["all rules"] - without) / without * 100
            print(f"| {count} | | {family} rules add | | | | {share:+.1f}% |")
        print(f"| {count} | | date + number rules add | | | | "
              f"{(medians['all rules'] - base) / base * 100:+.1f}% |")


if __name__ == "__main__":
    main()
