//! The command line: argument definitions (clap) and the `check` command.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;

use article_schema::ArticleSchema;
use clap::{Args, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use crate::context::Context;
use crate::discover::{Filters, discover};
use crate::engine::{Engine, FileReport};
use crate::levels::Levels;
use crate::report::{Format, Summary, reporter};
use crate::style::{Preset, Style};

/// Exit codes (documented in the README).
pub mod exit {
    /// No errors (warnings and infos allowed unless `--deny-warnings`).
    pub const OK: u8 = 0;
    /// Errors found (or warnings with `--deny-warnings`).
    pub const FINDINGS: u8 = 1;
    /// Usage, configuration or I/O failure.
    pub const FAILURE: u8 = 2;
}

#[derive(Debug, Parser)]
#[command(
    name = "article-lint",
    version,
    about = "Checks news articles (YAML front matter + Markdown) before they are published",
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles: front matter schema, dates, numbers.
    Check(CheckArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Color when writing to a terminal and NO_COLOR is unset.
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub fn enabled(self) -> bool {
        match self {
            Self::Always => true,
            Self::Never => false,
            Self::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
                    && io::stdout().is_terminal()
            }
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check (`-` reads one article from standard input).
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// When to use colors.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The reference day for date rules, YYYY-MM-DD (default: today).
    #[arg(long, value_parser = parse_day)]
    pub today: Option<jiff::civil::Date>,

    /// House style preset.
    #[arg(long, value_parser = Preset::from_str_arg)]
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

    /// Site time zone for `published` values without an offset (IANA name or +05:00).
    #[arg(long, value_name = "TZ", value_parser = parse_time_zone)]
    pub timezone: Option<jiff::tz::TimeZone>,
}

impl Preset {
    fn from_str_arg(text: &str) -> Result<Preset, String> {
        text.parse()
    }
}

pub fn parse_day(text: &str) -> Result<jiff::civil::Date, String> {
    text.parse::<jiff::civil::Date>()
        .map_err(|_| format!("`{text}` is not a date in the form YYYY-MM-DD"))
}

pub fn parse_time_zone(text: &str) -> Result<jiff::tz::TimeZone, String> {
    if let Some(offset) = parse_offset(text) {
        return Ok(jiff::tz::TimeZone::fixed(offset));
    }
    jiff::tz::TimeZone::get(text)
        .map_err(|_| format!("unknown time zone `{text}` (use an IANA name such as Asia/Karachi, or an offset such as +05:00)"))
}

/// `+05:00`, `-0330`, `Z` as a fixed offset.
fn parse_offset(text: &str) -> Option<jiff::tz::Offset> {
    if text == "Z" || text == "UTC" {
        return Some(jiff::tz::Offset::UTC);
    }
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = digits[2..].parse().ok()?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    jiff::tz::Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()
}

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check(args) => match check(&args) {
            Ok(code) => ExitCode::from(code),
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(exit::FAILURE)
            }
        },
    }
}

fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// Builds the engine for a run from the arguments.
pub fn engine_for(args: &CheckArgs) -> Result<Engine, String> {
    let schema = match &args.schema {
        Some(path) => ArticleSchema::from_path(path).map_err(|error| error.to_string())?,
        None => ArticleSchema::bundled(),
    };
    let mut context = Context::new(
        args.today.unwrap_or_else(today),
        Style::preset(args.style.unwrap_or_default()),
    );
    if let Some(timezone) = &args.timezone {
        context.timezone = timezone.clone();
    }
    Ok(Engine::new(context, Levels::default(), schema))
}

fn check(args: &CheckArgs) -> Result<u8, String> {
    let engine = engine_for(args)?;
    let color = args.color.enabled();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut reporter = reporter(args.format, color);
    let mut summary = Summary::default();
    let mut io_failure = false;

    let mut emit = |report: FileReport, out: &mut dyn Write| {
        summary.add(&report);
        io_failure |= report.diagnostics.iter().any(|d| d.code == "io/read");
        // A closed pipe (`| head`) is not a failure worth a panic.
        let _ = reporter.file(&report, out);
    };

    if args.paths.iter().any(|path| path == Path::new("-")) {
        if args.paths.len() > 1 {
            return Err("`-` (standard input) cannot be combined with other paths".into());
        }
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|error| format!("cannot read standard input: {error}"))?;
        let path = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("-"));
        emit(engine.check_bytes(&path, bytes), &mut out);
    } else {
        let filters =
            Filters::new(&args.include, &args.exclude).map_err(|error| error.to_string())?;
        let files = discover(&args.paths, &filters).map_err(|error| error.to_string())?;
        check_in_order(&engine, &files, |report| emit(report, &mut out));
    }

    let _ = reporter.finish(&summary, &mut out);
    let _ = out.flush();
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
