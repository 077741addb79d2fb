//! `article-lint check`: discover, check in parallel, report in order.

use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use clap::{Args, ValueEnum};
use rayon::prelude::*;

use super::fixing;
use super::output::Destination;
use super::settings::{Plan, PlanError, plan};
use super::{ColorChoice, exit, parse_day, parse_time_zone};
use crate::engine::{Engine, FileReport};
use crate::levels::Levels;
use crate::report::{Format, Summary, reporter};
use crate::style::Preset;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check (`-` reads one article from standard input).
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Write the report to this file instead of standard output (atomically).
    #[arg(long, value_name = "PATH")]
    pub output_file: Option<PathBuf>,

    /// When to use colors.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The reference day for date rules, YYYY-MM-DD (default: today).
    #[arg(long, value_parser = parse_day)]
    pub today: Option<jiff::civil::Date>,

    /// House style preset.
    #[arg(long, value_enum)]
    pub style: Option<Preset>,

    /// Validate front matter against this JSON Schema instead of the bundled one.
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,

    /// Only check files matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,

    /// Skip files matching this glob (repeatable; applies to explicit files too).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// The file name to report (and match rules against) when reading from stdin.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,

    /// Exit with 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,

    /// Turn off a rule, a family (`date`, `number/*`) or a schema/parse code
    /// (repeatable; wins over configuration).
    #[arg(long, value_name = "CODE")]
    pub ignore: Vec<String>,

    /// Site time zone for `published` values without an offset (IANA name or +05:00).
    #[arg(long, value_name = "TZ", value_parser = parse_time_zone)]
    pub timezone: Option<jiff::tz::TimeZone>,

    /// Apply safe fixes to the files, then report what remains (with `-`, print the
    /// fixed text to standard output and the findings to standard error).
    #[arg(long)]
    pub fix: bool,

    /// With --fix or --diff, apply unsafe fixes too (they may change the meaning).
    #[arg(long)]
    pub unsafe_fixes: bool,

    /// Print a unified diff of what --fix would change and write nothing (exit 1 when
    /// there is a diff, 0 when none; wins over --fix).
    #[arg(long, conflicts_with = "statistics")]
    pub diff: bool,

    /// With --fix, list each fix applied (`path:line:col code: message`).
    #[arg(long)]
    pub show_fixes: bool,

    /// Print counts per rule code (count, code, fixable) instead of the findings (with
    /// --format human, concise or json).
    #[arg(long)]
    pub statistics: bool,

    /// Check only the files git lists as changed since REF (`git diff --name-only
    /// --diff-filter=ACMR REF`, plus untracked files), among the given paths.
    #[arg(long, value_name = "REF")]
    pub changed_since: Option<String>,

    /// Use this configuration file for every checked file (instead of the nearest
    /// `article-lint.yaml` above each one).
    #[arg(long, value_name = "PATH", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,

    /// Ignore every configuration file (command-line flags and defaults only).
    #[arg(long)]
    pub isolated: bool,

    /// Hide the findings recorded in this baseline file (see --write-baseline); the
    /// summary says how many were hidden.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,

    /// Record every current finding in this baseline file (JSON) and exit 0.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}

/// Levels set on the command line (`--ignore`); unknown codes are usage errors.
pub fn cli_levels(args: &CheckArgs) -> Result<Levels, String> {
    let mut levels = Levels::default();
    for selector in &args.ignore {
        if !Levels::is_known_selector(selector) {
            let hint = Levels::suggest(selector)
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            return Err(format!(
                "unknown rule code or family `{selector}` in --ignore{hint}"
            ));
        }
        if let Some(why) = Levels::fixed_level_reason(selector) {
            return Err(format!("`{selector}` cannot be ignored: {why}"));
        }
        levels.set(selector, crate::diagnostic::Level::Off);
    }
    Ok(levels)
}

/// Flags given where they cannot apply. The run goes on, but a warning names each, so
/// a typo in a CI script (`--show-fixes` meant with `--fix`) does not pass unnoticed.
fn idle_flags(args: &CheckArgs) -> Vec<&'static str> {
    let mut idle = Vec::new();
    if args.stdin_filename.is_some() && !args.paths.iter().any(|path| path == Path::new("-")) {
        idle.push("--stdin-filename has no effect without `-` (standard input) among the paths");
    }
    if args.show_fixes && !args.fix && !args.diff {
        idle.push("--show-fixes has no effect without --fix or --diff");
    }
    if args.unsafe_fixes && !args.fix && !args.diff && !args.statistics {
        idle.push("--unsafe-fixes has no effect without --fix, --diff or --statistics");
    }
    idle
}

pub(super) fn check(args: &CheckArgs) -> Result<u8, String> {
    for flag in idle_flags(args) {
        eprintln!("warning: {flag}");
    }
    if args.statistics && !matches!(args.format, Format::Human | Format::Concise | Format::Json) {
        let format = args
            .format
            .to_possible_value()
            .map_or_else(String::new, |value| value.get_name().to_owned());
        return Err(format!(
            "--statistics prints a table (human, concise) or JSON (json), not {format}"
        ));
    }
    // A report file gets colors only when asked for (`auto` looks at the terminal).
    let color = match args.output_file {
        Some(_) => args.color == ColorChoice::Always,
        None => args.color.enabled(),
    };
    let mut out = io::BufWriter::new(Destination::open(args.output_file.as_deref())?);
    let mut reporter = reporter(args.format, color);
    let mut summary = Summary::default();
    let mut io_failure = false;
    let stdin_path = args
        .paths
        .iter()
        .any(|path| path == Path::new("-"))
        .then(|| {
            args.stdin_filename
                .clone()
                .unwrap_or_else(|| PathBuf::from("-"))
        });
    let Plan {
        engine,
        files,
        filtered,
    } = match plan(args, stdin_path.as_deref()) {
        Ok(plan) => plan,
        Err(PlanError::Usage(message)) => return Err(message),
        Err(PlanError::Config(reports)) => {
            // Configuration errors are shown like article findings, then exit 2.
            summary.config_only = true;
            for report in &reports {
                summary.add(report);
                let _ = reporter.file(report, &mut out);
            }
            let _ = reporter.finish(&summary, &mut out);
            let _ = out.flush();
            out.into_parts().0.finish()?;
            return Ok(exit::FAILURE);
        }
    };

    if files.is_empty() && stdin_path.is_none() {
        // Like ruff: a CI step pointed at the wrong folder should not pass unnoticed.
        // Still exit 0: nothing was found wrong.
        let paths: Vec<String> = args
            .paths
            .iter()
            .map(|path| path.display().to_string())
            .collect();
        if filtered > 0 {
            // The articles are there: a glob left them all out.
            eprintln!(
                "warning: no article files to check under {}: {} left out by --include/--exclude or the configuration's include/exclude",
                paths.join(", "),
                crate::report::plural(filtered, "article file"),
            );
        } else {
            eprintln!(
                "warning: no article files (.{}) found under {}",
                crate::discover::ARTICLE_EXTENSIONS.join(", ."),
                paths.join(", ")
            );
        }
    }
    let files = match &args.changed_since {
        Some(_) if stdin_path.is_some() => {
            return Err("--changed-since cannot be used with `-` (standard input)".into());
        }
        Some(reference) => {
            let changed = crate::changed::changed_files(reference, &args.paths)?;
            let mut files = files;
            crate::changed::retain_changed(&mut files, &changed);
            files
        }
        None => files,
    };
    let fix_options = fixing::fix_options(args);
    let mut fix_run = fixing::FixRun::default();
    let mut statistics = args.statistics.then(crate::fix::Statistics::default);
    // `--fix` on standard input prints the fixed text there; the findings go to stderr.
    let report_to_stderr = args.fix && stdin_path.is_some() && args.output_file.is_none();

    let mut baseline = match &args.baseline {
        Some(path) => Some(crate::baseline::Baseline::load(path)?),
        None => None,
    };
    if baseline.is_some() {
        summary.baselined = Some(0);
    }
    // `--fix` leaves baselined findings alone; the fixing threads read this copy while
    // `emit` uses up the counts of the other.
    let fix_baseline = baseline.clone().filter(|_| fix_options.is_some());
    let mut recorder = args
        .write_baseline
        .as_deref()
        .map(crate::baseline::Recorder::new);

    let mut emit = |mut report: FileReport, out: &mut dyn Write| {
        if let Some(recorder) = recorder.as_mut() {
            recorder.add(&report);
        }
        if let (Some(baseline), Some(hidden)) = (baseline.as_mut(), summary.baselined.as_mut()) {
            *hidden += baseline.filter(&mut report);
        }
        summary.add(&report);
        io_failure |= report.diagnostics.iter().any(|d| d.code == "io/read");
        match statistics.as_mut() {
            Some(statistics) => statistics.add(&report.diagnostics, args.unsafe_fixes),
            // A diff has no room for findings, but a file that could not be read
            // must still be named (the run exits 2 for it).
            None if args.diff => {
                for diagnostic in report.diagnostics.iter().filter(|d| d.code == "io/read") {
                    eprintln!("error: {}", diagnostic.message);
                }
            }
            None if report_to_stderr => {
                let _ = reporter.file(&report, &mut io::stderr());
            }
            // A closed pipe (`| head`) is not a failure worth a panic.
            None => {
                let _ = reporter.file(&report, out);
            }
        }
    };

    if args.paths.iter().any(|path| path == Path::new("-")) {
        if args.paths.len() > 1 {
            return Err("`-` (standard input) cannot be combined with other paths".into());
        }
        // Bounded like files: past the limit the article is rejected as too large,
        // so reading one byte more than the limit is enough.
        let mut bytes = Vec::new();
        let mut stdin = io::stdin().lock();
        (&mut stdin)
            .take(article_model::limits::MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|error| format!("cannot read standard input: {error}"))?;
        let path = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("-"));
        let too_large = bytes.len() > article_model::limits::MAX_FILE_BYTES;
        let report = match fix_options {
            // `--fix -` is a filter (`... | sponge file`): the text it rejects goes
            // through whole and unchanged, never cut at the limit.
            Some(options) if too_large => {
                if !options.diff_only {
                    fixing::echo_stdin(&bytes, &mut stdin)?;
                }
                engine.stdin_too_large(&path)
            }
            None if too_large => engine.stdin_too_large(&path),
            Some(options) => fixing::fix_stdin(
                &engine,
                &path,
                bytes,
                options,
                fix_baseline.as_ref(),
                &mut fix_run,
            ),
            None => engine.check_bytes(&path, bytes),
        };
        emit(report, &mut out);
    } else if let Some(options) = fix_options {
        fixing::run_in_order(
            &files,
            |path| crate::fix::fix_path(&engine, path, options, fix_baseline.as_ref()),
            |fixed| {
                let report = fix_run.take(fixed, &mut io::stdout());
                emit(report, &mut out);
            },
        );
    } else {
        check_in_order(&engine, &files, |report| emit(report, &mut out));
    }

    // The fixes listed, then the summary: every run ends with its summary line.
    fix_run.show_fixes(args, &mut out);
    if let Some(statistics) = &statistics {
        let _ = fixing::print_statistics(args, statistics, &summary, &mut out);
    } else if report_to_stderr {
        let _ = reporter.finish(&summary, &mut io::stderr());
    } else if !args.diff {
        let _ = reporter.finish(&summary, &mut out);
    }
    fix_run.finish(args);
    let _ = out.flush();
    out.into_parts().0.finish()?;
    if let Some(recorder) = &recorder {
        recorder.write()?;
        if let Some(path) = &args.write_baseline {
            eprintln!(
                "wrote {} to {}",
                crate::report::plural(recorder.len(), "finding"),
                path.display()
            );
        }
        return Ok(if io_failure { exit::FAILURE } else { exit::OK });
    }
    if let Some(code) = fix_run.exit_code(args, io_failure) {
        return Ok(code);
    }
    Ok(if io_failure {
        exit::FAILURE
    } else if summary.errors > 0 || (args.deny_warnings && summary.warnings > 0) {
        exit::FINDINGS
    } else {
        exit::OK
    })
}

/// Checks files in parallel and hands the reports to `emit` in the files' order, each
/// as soon as every earlier one is done (results stream; output stays deterministic).
pub fn check_in_order(engine: &Engine, files: &[PathBuf], mut emit: impl FnMut(FileReport)) {
    let (sender, receiver) = mpsc::channel::<(usize, FileReport)>();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            files
                .par_iter()
                .enumerate()
                .for_each_with(sender, |sender, (index, path)| {
                    let _ = sender.send((index, engine.check_path(path)));
                });
        });
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (index, report) in receiver {
            pending.insert(index, report);
            while let Some(report) = pending.remove(&next) {
                emit(report);
                next += 1;
            }
        }
    });
}
