//! The command line: argument definitions (clap) and the `check` command.

mod check;
mod completions;
mod explain;
mod fixing;
mod man;
mod output;
mod rules;
mod settings;

use std::io::{self, IsTerminal};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use check::{CheckArgs, check_in_order};
pub use settings::{Plan, PlanError, plan};

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

// Parsed once per run: the size of `Check`'s arguments does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles: front matter schema, dates, numbers.
    Check(CheckArgs),
    /// List every rule and code (code, family, default level, fix, summary).
    Rules(rules::RulesArgs),
    /// Print the full documentation of a code, with a failing and a passing example.
    Explain(explain::ExplainArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff).
    Man,
    /// Write a commented starter `article-lint.yaml` in the current folder.
    Init,
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

/// A calendar day written exactly `YYYY-MM-DD` (not a date-time, whose offset would
/// be ignored, nor an extended `+002026-01-01` year), for `--today` and `today:`.
pub fn parse_day(text: &str) -> Result<jiff::civil::Date, String> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(index, byte)| match index {
            4 | 7 => *byte == b'-',
            _ => byte.is_ascii_digit(),
        });
    shaped
        .then(|| text.parse::<jiff::civil::Date>().ok())
        .flatten()
        .ok_or_else(|| format!("`{text}` is not a date in the form YYYY-MM-DD"))
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
        Command::Rules(args) => ExitCode::from(rules::rules(&args)),
        Command::Explain(args) => ExitCode::from(explain::explain(&args)),
        Command::Completions(args) => ExitCode::from(completions::completions(&args)),
        Command::Man => ExitCode::from(man::man()),
        Command::Init => match crate::config::write_starter(std::path::Path::new(".")) {
            Ok(path) => {
                println!("wrote {}", path.display());
                ExitCode::from(exit::OK)
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(exit::FAILURE)
            }
        },
        Command::Check(args) => match check::check(&args) {
            Ok(code) => ExitCode::from(code),
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(exit::FAILURE)
            }
        },
    }
}
