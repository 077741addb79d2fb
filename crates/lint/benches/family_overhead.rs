//! How much each rule family adds to `check`, measured in pairs so that the noise of a
//! shared machine cancels out.
//!
//!     cargo bench -p lint --bench family_overhead -- CORPUS_DIR [--rounds N] [--threads N] [--batch N] [--whole]
//!
//! Timing whole `article-lint check` runs one after another (bench/bench.py) is at the
//! mercy of whatever else the machine does: on a shared 2-core VM the same binary
//! swings by 20-40% from one minute to the next, more than the effect measured. Here
//! every batch of `--batch` articles (default 32) is checked, in one process, by each
//! configuration in turn (every rule; date rules off; number rules off), the turns
//! rotating from one batch to the next so that each configuration goes first as often
//! as the others. Batches are spread over `--threads` workers (default: one per core,
//! as `check` does), each batch's turns on one worker. A batch takes a few
//! milliseconds, so slow swings of outside load fall on the configurations alike and
//! the ratio of their summed times holds steady from run to run; and each turn runs
//! long enough to have the caches to itself, as a real run of one configuration does
//! (turns of a single article would leave each configuration's code and data in the
//! caches for the next, blurring the difference).
//!
//! What is timed is `Engine::check_path`, the work `check` does for each file: read,
//! parse, schema, rules, levels, suppressions, sorting, and dropping the report.
//! Discovery, output and process start are left out: they cost every configuration
//! the same, so leaving them out can only make a family's share look larger than in a
//! real run.
//!
//! `--whole` times the whole `check` command instead, as a user runs it: configuration
//! and schema, discovery, the parallel check, the concise report written to
//! `/dev/null`, in this process (only process start is left out). Each round runs
//! every configuration once, the first configuration rotating from round to round. A
//! run takes about a second, long enough for outside load to change within a round,
//! so this mode needs more rounds (default 12) and its rounds spread wider; it answers
//! what a family adds to the time of `check` itself.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Parser;
use lint::cli::{Cli, Command, plan};
use lint::engine::Engine;
use rayon::prelude::*;

// As in the binary: the allocator changes how much each family costs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CONFIGS: [(&str, &[&str]); 3] = [
    ("all rules", &[]),
    ("date rules off", &["--ignore", "date"]),
    ("number rules off", &["--ignore", "number"]),
];

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("family_overhead: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut corpus = None;
    let mut rounds_given = None;
    let mut threads = 0usize;
    let mut batch = 32usize;
    let mut whole = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => rounds_given = Some(positive(args.next(), "--rounds")?),
            "--threads" => threads = positive(args.next(), "--threads")?,
            "--batch" => batch = positive(args.next(), "--batch")?,
            "--whole" => whole = true,
            // Passed by `cargo bench` to every bench target.
            "--bench" => {}
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            other => corpus = Some(PathBuf::from(other)),
        }
    }
    let corpus = corpus.ok_or(
        "usage: cargo bench -p lint --bench family_overhead -- CORPUS_DIR [--rounds N] [--threads N] [--batch N] [--whole]\n\
         (bench/bench.py generates corpora with ../shared/bench/gen_corpus.py)",
    )?;
    if whole {
        return whole_runs(&corpus, rounds_given.unwrap_or(12));
    }
    let rounds = rounds_given.unwrap_or(5);
    let engines = CONFIGS
        .iter()
        .map(|(_, extra)| engine(&corpus, extra))
        .collect::<Result<Vec<_>, _>>()?;
    let files = engines[0].1.clone();
    if files.is_empty() {
        return Err("the corpus holds no article".into());
    }
    let engines: Vec<Engine> = engines.into_iter().map(|(engine, _)| engine).collect();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|error| error.to_string())?;
    println!(
        "{} articles, {rounds} rounds, {} threads, batches of {batch}",
        files.len(),
        pool.current_num_threads()
    );

    // Warm-up: page in the code and the files, build lazily compiled tables.
    for engine in &engines {
        for path in files.iter().take(200) {
            black_box(engine.check_path(path));
        }
    }
    let mut per_round: Vec<[Duration; CONFIGS.len()]> = Vec::with_capacity(rounds);
    for round in 0..rounds {
        let spent = pool.install(|| {
            files
                .par_chunks(batch)
                .enumerate()
                .fold(
                    || [Duration::ZERO; CONFIGS.len()],
                    |mut spent, (index, chunk)| {
                        for turn in 0..CONFIGS.len() {
                            let config = (index + round + turn) % CONFIGS.len();
                            let start = Instant::now();
                            for path in chunk {
                                drop(black_box(engines[config].check_path(path)));
                            }
                            spent[config] += start.elapsed();
                        }
                        spent
                    },
                )
                .reduce(
                    || [Duration::ZERO; CONFIGS.len()],
                    |a, b| std::array::from_fn(|k| a[k] + b[k]),
                )
        });
        per_round.push(spent);
    }
    report(&per_round, files.len(), "s summed over workers");
    Ok(())
}

/// `--whole`: each round runs the whole `check` command once per configuration.
fn whole_runs(corpus: &Path, rounds: usize) -> Result<(), String> {
    let argv = |extra: &[&str]| {
        let report = ["--format", "concise", "--output-file", "/dev/null"];
        check_cli(corpus, &[&report, extra].concat())
    };
    println!(
        "whole `check` runs, {rounds} rounds, {} threads",
        rayon::current_num_threads()
    );
    // Warm-up: the files into the page cache, the code into memory.
    for (_, extra) in CONFIGS {
        black_box(lint::cli::run(argv(extra)?));
    }
    let mut per_round: Vec<[Duration; CONFIGS.len()]> = Vec::with_capacity(rounds);
    for round in 0..rounds {
        let mut spent = [Duration::ZERO; CONFIGS.len()];
        for turn in 0..CONFIGS.len() {
            let config = (round + turn) % CONFIGS.len();
            let cli = argv(CONFIGS[config].1)?;
            let start = Instant::now();
            black_box(lint::cli::run(cli));
            spent[config] = start.elapsed();
        }
        per_round.push(spent);
    }
    let articles = engine(corpus, &[])?.1.len();
    report(&per_round, articles, "s of wall time");
    Ok(())
}

/// The positive number given after `option`.
fn positive(value: Option<String>, option: &str) -> Result<usize, String> {
    value
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{option} takes a positive number"))
}

/// `article-lint check` on `corpus` with the benchmark's configuration and `extra`.
fn check_cli(corpus: &Path, extra: &[&str]) -> Result<Cli, String> {
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/corpus-config.yaml");
    let mut argv: Vec<std::ffi::OsString> = ["article-lint", "check", "--today", "2026-11-30"]
        .iter()
        .map(Into::into)
        .collect();
    argv.push("--config".into());
    argv.push(config.into());
    argv.extend(extra.iter().map(Into::into));
    argv.push(corpus.into());
    Cli::try_parse_from(argv).map_err(|error| error.to_string())
}

fn engine(corpus: &Path, extra: &[&str]) -> Result<(Engine, Vec<PathBuf>), String> {
    let cli = check_cli(corpus, extra)?;
    let Command::Check(args) = cli.command else {
        return Err("expected the check command".into());
    };
    let plan = plan(&args, None).map_err(|_| "the corpus or its configuration is unusable")?;
    Ok((plan.engine, plan.files))
}

/// The tables; `timed` says what a round's duration is.
fn report(per_round: &[[Duration; CONFIGS.len()]], articles: usize, timed: &str) {
    println!();
    println!("| configuration | µs per article (all rounds) | fastest round, {timed} |");
    println!("|---|---:|---:|");
    let totals: Vec<Duration> = (0..CONFIGS.len())
        .map(|config| per_round.iter().map(|round| round[config]).sum())
        .collect();
    for (config, (name, _)) in CONFIGS.iter().enumerate() {
        let fastest = per_round.iter().map(|round| round[config]).min();
        println!(
            "| {name} | {:.1} | {:.3} |",
            totals[config].as_secs_f64() * 1e6 / (articles * per_round.len()) as f64,
            fastest.unwrap_or_default().as_secs_f64()
        );
    }
    println!();
    println!("| family | adds (all rounds) | lowest round | highest round |");
    println!("|---|---:|---:|---:|");
    for (family, off) in [("date rules", 1), ("number rules", 2)] {
        let adds = |all: Duration, without: Duration| {
            (all.as_secs_f64() - without.as_secs_f64()) / without.as_secs_f64() * 100.0
        };
        let rounds: Vec<f64> = per_round
            .iter()
            .map(|round| adds(round[0], round[off]))
            .collect();
        let lowest = rounds.iter().copied().fold(f64::INFINITY, f64::min);
        let highest = rounds.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        println!(
            "| {family} | {:+.1}% | {lowest:+.1}% | {highest:+.1}% |",
            adds(totals[0], totals[off])
        );
    }
}
