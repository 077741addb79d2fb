//! The stable, versioned JSON report (documented in the README). Streamed: the
//! document is opened, each file appended as it is checked, then closed with the totals.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Reporter, Summary, span_position};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::engine::FileReport;

/// The JSON format's version; bumped on any incompatible change.
pub const JSON_VERSION: u32 = 1;

#[derive(Default)]
pub struct Json {
    files_written: usize,
}

impl Reporter for Json {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        if self.files_written == 0 {
            writeln!(out, "{{\"version\":{JSON_VERSION},\"files\":[")?;
        } else {
            writeln!(out, ",")?;
        }
        self.files_written += 1;
        serde_json::to_writer(&mut *out, &file_json(report))?;
        Ok(())
    }

    fn finish(&mut self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        if self.files_written == 0 {
            write!(out, "{{\"version\":{JSON_VERSION},\"files\":[")?;
        }
        writeln!(out, "\n],\"summary\":{}}}", serde_json::to_string(summary)?)
    }
}

pub fn file_json(report: &FileReport) -> Value {
    let diagnostics: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| diagnostic_json(report, d))
        .collect();
    json!({
        "path": report.path.display().to_string(),
        "diagnostics": diagnostics,
    })
}

fn span_json(report: &FileReport, span: article_model::Span) -> Value {
    let (start, end) = span_position(report.source.as_ref(), span);
    json!({
        "start": span.start,
        "end": span.end,
        "line": start.line,
        "column": start.column,
        "end_line": end.line,
        "end_column": end.column,
    })
}

pub fn diagnostic_json(report: &FileReport, diagnostic: &Diagnostic) -> Value {
    let labels: Vec<Value> = diagnostic
        .labels
        .iter()
        .map(|label| json!({"message": label.message, "span": span_json(report, label.span)}))
        .collect();
    let fix = diagnostic.fix.as_ref().map(|fix| {
        json!({
            "applicability": match fix.applicability {
                Applicability::Safe => "safe",
                Applicability::Unsafe => "unsafe",
            },
            "message": fix.message,
            "edits": fix.edits.iter().map(|edit| json!({
                "span": span_json(report, edit.span),
                "replacement": edit.replacement,
            })).collect::<Vec<_>>(),
        })
    });
    json!({
        "code": diagnostic.code,
        "severity": diagnostic.severity,
        "message": diagnostic.message,
        "span": span_json(report, diagnostic.span),
        "label": diagnostic.label,
        "labels": labels,
        "help": diagnostic.help,
        "note": diagnostic.note,
        "fix": fix,
        "url": diagnostic.docs_url(),
    })
}
