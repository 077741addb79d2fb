//! `article-lint rules`: every code with its family, default level, fix and summary.

use std::io::{self, Write};

use clap::{Args, ValueEnum};

use super::exit;
use crate::docs;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// An aligned table.
    Table,
    /// `{"version":1,"rules":[{"code","family","origin","default_level","fix","summary","url"}]}`.
    Json,
    /// docs/rules.md (`article-lint rules --format markdown > docs/rules.md`).
    Markdown,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
    pub format: RulesFormat,
}

pub(super) fn rules(args: &RulesArgs) -> u8 {
    let text = match args.format {
        RulesFormat::Table => docs::rules_table(),
        RulesFormat::Json => {
            let mut text = serde_json::to_string_pretty(&docs::rules_json())
                .expect("documentation serializes");
            text.push('\n');
            text
        }
        RulesFormat::Markdown => docs::rules_markdown(),
    };
    print_stdout(&text)
}

/// Writes to stdout; a closed pipe (`| head`) is not an error worth a panic.
pub(super) fn print_stdout(text: &str) -> u8 {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => exit::OK,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => exit::OK,
        Err(error) => {
            eprintln!("error: cannot write to standard output: {error}");
            exit::FAILURE
        }
    }
}
