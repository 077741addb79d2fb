//! The one finding type shared by every check: parse errors, schema errors and rules.

use std::fmt;

use article_model::Span;
use serde::{Deserialize, Serialize};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A configured level: a severity, or off (like cargo's allow/warn/deny).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    pub const fn severity(self) -> Option<Severity> {
        match self {
            Self::Off => None,
            Self::Info => Some(Severity::Info),
            Self::Warning => Some(Severity::Warning),
            Self::Error => Some(Severity::Error),
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "off" | "allow" => Self::Off,
            "info" => Self::Info,
            "warning" | "warn" => Self::Warning,
            "error" | "deny" => Self::Error,
            _ => return None,
        })
    }
}

/// Whether a fix can be applied without a person looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Keeps the meaning; applied by `--fix`.
    Safe,
    /// May change the meaning (e.g. either of two disagreeing parts may be wrong);
    /// applied only with `--unsafe-fixes`.
    Unsafe,
}

/// Replace the bytes of `span` with `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// A proposed change: one or more non-overlapping edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub applicability: Applicability,
    /// What the fix does, e.g. "replace `Thursday` with `Friday`".
    pub message: String,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn safe(message: impl Into<String>, span: Span, replacement: impl Into<String>) -> Self {
        Self::replace(Applicability::Safe, message, span, replacement)
    }

    pub fn unsafe_(message: impl Into<String>, span: Span, replacement: impl Into<String>) -> Self {
        Self::replace(Applicability::Unsafe, message, span, replacement)
    }

    fn replace(
        applicability: Applicability,
        message: impl Into<String>,
        span: Span,
        replacement: impl Into<String>,
    ) -> Self {
        Self {
            applicability,
            message: message.into(),
            edits: vec![Edit {
                span,
                replacement: replacement.into(),
            }],
        }
    }
}

/// A secondary place that explains the finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// `family/rule-name`: `schema/required`, `date/weekday-mismatch`, `parse/yaml`.
    pub code: String,
    pub severity: Severity,
    pub message: String,
    /// The text at fault (the part to change).
    pub span: Span,
    /// A short label on the primary span.
    pub label: Option<String>,
    /// Other places that explain the finding.
    pub labels: Vec<Label>,
    pub help: Option<String>,
    /// Extra detail for experts (e.g. the schema keyword path).
    pub note: Option<String>,
    pub fix: Option<Fix>,
}

impl Diagnostic {
    pub fn new(
        code: impl Into<String>,
        severity: Severity,
        message: impl Into<String>,
        span: Span,
    ) -> Self {
        Self {
            code: code.into(),
            severity,
            message: message.into(),
            span,
            label: None,
            labels: Vec::new(),
            help: None,
            note: None,
            fix: None,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    /// The fix when there is one: rules offer a fix only where the source holds the
    /// exact text to replace.
    pub fn with_optional_fix(mut self, fix: Option<Fix>) -> Self {
        if fix.is_some() {
            self.fix = fix;
        }
        self
    }

    /// The family part of the code (`date` for `date/future`).
    pub fn family(&self) -> &str {
        family_of(&self.code)
    }

    /// Where this code is documented.
    pub fn docs_url(&self) -> String {
        docs_url(&self.code)
    }
}

/// The family part of a code (`date` for `date/future`).
pub fn family_of(code: &str) -> &str {
    code.split_once('/').map_or(code, |(family, _)| family)
}

/// The documentation link of a code: its section of docs/rules.md.
pub fn docs_url(code: &str) -> String {
    format!(
        "https://github.com/article-lint/article-lint/blob/main/docs/rules.md#{}",
        code.replace('/', "")
    )
}
