//! Turning findings into text: one module a format, each streamed file by file.

mod concise;
mod github;
mod human;
mod json;
mod json_lines;
mod junit;
mod sarif;

use std::io::{self, Write};

use article_model::{LineCol, Source, Span};
use clap::ValueEnum;
use serde::Serialize;

pub use concise::Concise;
pub use github::Github;
pub use human::Human;
pub use json::Json;
pub use json_lines::JsonLines;
pub use junit::Junit;
pub use sarif::Sarif;

use crate::diagnostic::Severity;
use crate::engine::FileReport;

/// The output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Rich diagnostics with source snippets (miette).
    Human,
    /// One line a finding: `path:line:col: severity[code] message`.
    Concise,
    /// One versioned JSON document (see the README).
    Json,
    /// One JSON object a finding, one a line, each with its `path`.
    JsonLines,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// SARIF 2.1.0 (code scanning), with rule metadata and fixes.
    Sarif,
    /// JUnit XML: a test case a file, a failure an error or warning.
    Junit,
}

/// Totals of one run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub files_checked: usize,
    pub files_with_errors: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Files with a finding of any severity (for the summary line).
    #[serde(skip)]
    pub files_with_findings: usize,
    /// The run stopped at configuration files that cannot be used: the files counted
    /// are those, and no article was checked (for the summary line).
    #[serde(skip)]
    pub config_only: bool,
    /// Findings hidden by `--baseline` (only present with `--baseline`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baselined: Option<usize>,
}

impl Summary {
    pub fn add(&mut self, report: &FileReport) {
        self.files_checked += 1;
        let errors = report.count(Severity::Error);
        self.errors += errors;
        self.warnings += report.count(Severity::Warning);
        self.infos += report.count(Severity::Info);
        self.files_with_errors += usize::from(errors > 0);
        self.files_with_findings += usize::from(!report.diagnostics.is_empty());
    }

    /// "3 errors, 1 warning in 2 of 120 files", or "no problems in 120 files".
    pub fn line(&self) -> String {
        if self.config_only {
            return format!(
                "{} in the configuration; no article checked",
                plural(self.errors, "error")
            );
        }
        match self.baselined {
            Some(hidden) => format!("{} ({hidden} hidden by baseline)", self.counts_line()),
            None => self.counts_line(),
        }
    }

    fn counts_line(&self) -> String {
        let parts: Vec<String> = [
            (self.errors, "error"),
            (self.warnings, "warning"),
            (self.infos, "info"),
        ]
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, noun)| plural(count, noun))
        .collect();
        if parts.is_empty() {
            return format!("no problems in {}", plural(self.files_checked, "file"));
        }
        format!(
            "{} in {} of {}",
            parts.join(", "),
            self.files_with_findings,
            plural(self.files_checked, "file")
        )
    }
}

/// "1 file", "2 files", "1 error", "0 errors".
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// A format's writer: told about each file in order, then the totals.
pub trait Reporter {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()>;
    fn finish(&mut self, summary: &Summary, out: &mut dyn Write) -> io::Result<()>;
}

/// A span's start and end as 1-based line/column (end is exclusive), for the text
/// formats. Without a source (an unreadable file), everything is 1:1.
pub fn span_position(source: Option<&Source>, span: Span) -> (LineCol, LineCol) {
    match source {
        Some(source) => (source.line_col(span.start), source.line_col(span.end)),
        None => {
            let start = LineCol { line: 1, column: 1 };
            (start, start)
        }
    }
}

/// The reporter for a format.
pub fn reporter(format: Format, color: bool) -> Box<dyn Reporter> {
    match format {
        Format::Human => Box::new(Human::new(color)),
        Format::Concise => Box::new(Concise),
        Format::Json => Box::new(Json::default()),
        Format::JsonLines => Box::new(JsonLines),
        Format::Github => Box::new(Github),
        Format::Sarif => Box::new(Sarif::default()),
        Format::Junit => Box::new(Junit::default()),
    }
}
