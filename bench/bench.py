#!/usr/bin/env python3
"""Times `article-lint check` (release build) on a generated corpus.

    python3 bench/bench.py [--counts 1000 10000] [--runs 5] [--corpus-dir DIR] [--instructions] [--paired]

The corpus comes from ../shared/bench/gen_corpus.py (seed 42), generated once into
--corpus-dir (default: $TMPDIR/article-lint-bench). Each configuration runs --runs
times after one warm-up run; fastest and median wall time, least and median CPU time
(user + system, summed over threads), articles/s and MB/s are reported.
Configurations: every rule; date rules off; number rules off; both off, run
interleaved in a shuffled order each round. The overhead of a family is
(all - family off) / (family off), on the fastest wall time, the least CPU time and
the median CPU time.

With --instructions it also counts the instructions of each configuration with
`valgrind --tool=callgrind` on the first 300 files of the 1,000-article corpus, on one
thread: unlike wall time on a shared machine, the count repeats exactly, so a family's
overhead in instructions is the number to compare between two versions of the code.

With --paired it also runs the paired in-process benchmark
(crates/lint/benches/family_overhead.rs) on the largest corpus: batches of 32 files
checked by each configuration in turn, so that outside load on a shared machine falls
on every configuration alike. Its rounds agree within about a point, where whole runs
timed one after another swing by 20-40%: it is the figure to judge a family's overhead
by.

Nothing here asserts a time: it measures and prints a Markdown table for the README.
"""
import argparse
import os
import random
import re
import shutil
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


def time_run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"article-lint failed ({code}): {process.stderr.read().decode()}")
    return elapsed, usage.ru_utime + usage.ru_stime


def instructions(args: list[str]) -> int:
    """Instructions executed by one single-threaded run, counted by callgrind."""
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "RAYON_NUM_THREADS": "1"},
        )
    found = re.search(r"Collected : (\d+)", result.stderr)
    if not found:
        sys.exit(f"callgrind failed: {result.stderr[-2000:]}")
    return int(found.group(1))


def count_instructions(corpus_dir: Path) -> None:
    if shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind")
    files = sorted(str(f) for f in corpus(corpus_dir, 1000).glob("*.md"))[:300]
    print()
    print("| configuration (300 files, one thread) | instructions |")
    print("|---|---:|")
    counts = {}
    for name, extra in CONFIGS:
        args = [str(BINARY), "check", "--config", str(ROOT / "bench" / "corpus-config.yaml"),
                "--today", "2026-11-30", "--format", "concise", *extra, *files]
        counts[name] = instructions(args)
        print(f"| {name} | {counts[name]:,} |")
    for family in ("date", "number"):
        without = counts[f"{family} rules off"]
        print(f"| {family} rules add | {(counts['all rules'] - without) / without * 100:+.1f}% |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--corpus-dir",
        type=Path,
        default=Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "article-lint-bench",
    )
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions with callgrind (needs valgrind)")
    parser.add_argument("--paired", action="store_true",
                        help="also run the paired in-process benchmark on the largest corpus")
    options = parser.parse_args()
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "lint"], cwd=ROOT, check=True)

    overheads = []
    print("| articles | MB | configuration | fastest s | median s | CPU s (least) | CPU s (median) | articles/s | MB/s |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for count in options.counts:
        path = corpus(options.corpus_dir, count)
        megabytes = corpus_bytes(path) / 1e6
        commands = {
            name: [str(BINARY), "check", "--config", str(ROOT / "bench" / "corpus-config.yaml"),
                   "--today", "2026-11-30", "--format", "concise", *extra, str(path)]
            for name, extra in CONFIGS
        }
        for args in commands.values():
            time_run(args)  # warm-up: page cache, lazy statics
        # Configurations interleave in a shuffled order each round, so that drifting
        # load on a shared machine hits them all alike.
        runs = {name: [] for name in commands}
        order = list(commands)
        shuffler = random.Random(1)
        for _ in range(options.runs):
            shuffler.shuffle(order)
            for name in order:
                runs[name].append(time_run(commands[name]))
        # Interference on a shared machine only ever slows a run down, so the fastest
        # wall time and the least CPU time are the steadiest estimates; medians show
        # the spread.
        fastest = {name: min(wall for wall, _ in times) for name, times in runs.items()}
        least = {name: min(c for _, c in times) for name, times in runs.items()}
        cpu = {name: statistics.median(c for _, c in times) for name, times in runs.items()}
        for name in commands:
            median = statistics.median(wall for wall, _ in runs[name])
            print(f"| {count} | {megabytes:.1f} | {name} | {fastest[name]:.3f} | {median:.3f} | "
                  f"{least[name]:.3f} | {cpu[name]:.3f} | {count / fastest[name]:,.0f} | "
                  f"{megabytes / fastest[name]:.1f} |")
        for family in ("date", "number"):
            without = f"{family} rules off"
            overheads.append((count, family, *(
                (measure["all rules"] - measure[without]) / measure[without] * 100
                for measure in (fastest, least, cpu)
            )))
    print()
    print("| articles | family | adds (fastest wall) | adds (least CPU) | adds (median CPU) |")
    print("|---:|---|---:|---:|---:|")
    for count, family, wall, least_cpu, median_cpu in overheads:
        print(f"| {count} | {family} rules | {wall:+.1f}% | {least_cpu:+.1f}% | {median_cpu:+.1f}% |")
    if options.instructions:
        count_instructions(options.corpus_dir)
    if options.paired:
        largest = corpus(options.corpus_dir, max(options.counts))
        print()
        sys.stdout.flush()
        subprocess.run(
            ["cargo", "bench", "-q", "-p", "lint", "--bench", "family_overhead", "--",
             str(largest), "--rounds", str(max(3, options.runs // 3))],
            cwd=ROOT, check=True,
        )


if __name__ == "__main__":
    main()
