//! SARIF 2.1.0 (for GitHub code scanning and other SARIF viewers): one run whose tool
//! describes every code (summary, docs, help URI, default level) and whose results
//! carry locations, secondary locations and fixes. Written whole at the end.
//!
//! Columns and character offsets count Unicode scalar values
//! (`columnKind: unicodeCodePoints`), like every other format.

use std::io::{self, Write};
use std::path::{Component, Path};

use article_model::{Source, Span};
use serde_json::{Value, json};

use super::{Reporter, Summary, span_position};
use crate::diagnostic::{Diagnostic, Level, Severity};
use crate::docs::{self, CodeDoc};
use crate::engine::FileReport;

pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
pub const INFORMATION_URI: &str = "https://github.com/article-lint/article-lint";

#[derive(Default)]
pub struct Sarif {
    results: Vec<Value>,
    /// Codes found that are not in the documentation table (none today; kept so a
    /// result's `ruleIndex` always points at a rule).
    extra_rules: Vec<String>,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative path as a URI reference (`/`-separated, percent-encoded), an absolute
/// one as a `file://` URI.
pub fn path_uri(path: &Path) -> String {
    let mut segments = Vec::new();
    let mut absolute = false;
    for component in path.components() {
        match component {
            Component::RootDir => absolute = true,
            Component::CurDir => {}
            Component::ParentDir => segments.push("..".to_owned()),
            Component::Normal(part) => segments.push(percent_encode(&part.to_string_lossy())),
            Component::Prefix(prefix) => {
                absolute = true;
                segments.push(percent_encode(&prefix.as_os_str().to_string_lossy()));
            }
        }
    }
    let joined = segments.join("/");
    if absolute {
        format!("file:///{joined}")
    } else {
        joined
    }
}

fn percent_encode(segment: &str) -> String {
    let mut out = String::new();
    for byte in segment.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char);
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Characters (scalar values) before a byte offset, not counting a BOM.
fn char_offset(source: &Source, offset: usize) -> usize {
    let text = source.text();
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let start = source.content_start().min(end);
    text[start..end].chars().count()
}

fn region(source: Option<&Source>, span: Span) -> Option<Value> {
    let source = source?;
    let (start, end) = span_position(Some(source), span);
    let offset = char_offset(source, span.start);
    Some(json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "charOffset": offset,
        "charLength": char_offset(source, span.end).saturating_sub(offset),
    }))
}

fn physical_location(report: &FileReport, uri: &str, span: Span) -> Value {
    let mut location = json!({ "artifactLocation": { "uri": uri } });
    if let Some(region) = region(report.source.as_ref(), span) {
        location["region"] = region;
    }
    location
}

fn rule_json(doc: &CodeDoc) -> Value {
    let full = if doc.docs.trim().is_empty() {
        doc.summary
    } else {
        doc.docs.trim()
    };
    let (enabled, default_level) = match doc.default_level {
        Level::Off => (false, "warning"),
        Level::Info => (true, "note"),
        Level::Warning => (true, "warning"),
        Level::Error => (true, "error"),
    };
    json!({
        "id": doc.code,
        "name": doc.code,
        "shortDescription": { "text": doc.summary },
        "fullDescription": { "text": full },
        "helpUri": doc.url(),
        "help": { "text": format!("{} See {}", doc.summary, doc.url()) },
        "defaultConfiguration": { "enabled": enabled, "level": default_level },
        "properties": { "fix": doc.fix.as_str(), "family": doc.family() },
    })
}

impl Sarif {
    fn rule_index(&mut self, codes: &[CodeDoc], code: &str) -> usize {
        if let Some(index) = codes.iter().position(|doc| doc.code == code) {
            return index;
        }
        let extra = match self.extra_rules.iter().position(|known| known == code) {
            Some(index) => index,
            None => {
                self.extra_rules.push(code.to_owned());
                self.extra_rules.len() - 1
            }
        };
        codes.len() + extra
    }

    fn result(
        &mut self,
        codes: &[CodeDoc],
        report: &FileReport,
        uri: &str,
        d: &Diagnostic,
    ) -> Value {
        let mut text = d.message.clone();
        if let Some(help) = &d.help {
            text.push_str("\nhelp: ");
            text.push_str(help);
        }
        let mut result = json!({
            "ruleId": d.code,
            "ruleIndex": self.rule_index(codes, &d.code),
            "level": level(d.severity),
            "message": { "text": text },
            "locations": [{ "physicalLocation": physical_location(report, uri, d.span) }],
        });
        if !d.labels.is_empty() {
            result["relatedLocations"] = d
                .labels
                .iter()
                .enumerate()
                .map(|(id, label)| {
                    json!({
                        "id": id,
                        "physicalLocation": physical_location(report, uri, label.span),
                        "message": { "text": label.message },
                    })
                })
                .collect();
        }
        if let (Some(fix), Some(source)) = (&d.fix, report.source.as_ref()) {
            let replacements: Vec<Value> = fix
                .edits
                .iter()
                .filter_map(|edit| {
                    Some(json!({
                        "deletedRegion": region(Some(source), edit.span)?,
                        "insertedContent": { "text": edit.replacement },
                    }))
                })
                .collect();
            result["fixes"] = json!([{
                "description": { "text": fix.message },
                "artifactChanges": [{
                    "artifactLocation": { "uri": uri },
                    "replacements": replacements,
                }],
            }]);
        }
        result
    }
}

impl Reporter for Sarif {
    fn file(&mut self, report: &FileReport, _out: &mut dyn Write) -> io::Result<()> {
        let codes = docs::all();
        let uri = path_uri(&report.path);
        for diagnostic in &report.diagnostics {
            let result = self.result(&codes, report, &uri, diagnostic);
            self.results.push(result);
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let mut rules: Vec<Value> = docs::all().iter().map(rule_json).collect();
        rules.extend(self.extra_rules.iter().map(|code| {
            json!({
                "id": code,
                "shortDescription": { "text": code },
                "helpUri": crate::diagnostic::docs_url(code),
            })
        }));
        let log = json!({
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {
                    "driver": {
                        "name": "article-lint",
                        "version": env!("CARGO_PKG_VERSION"),
                        "semanticVersion": env!("CARGO_PKG_VERSION"),
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": std::mem::take(&mut self.results),
            }],
        });
        serde_json::to_writer_pretty(&mut *out, &log)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(path_uri(Path::new("./news/a b.md")), "news/a%20b.md");
        assert_eq!(path_uri(Path::new("/srv/x.md")), "file:///srv/x.md");
        assert_eq!(path_uri(Path::new("../ü.md")), "../%C3%BC.md");
    }
}
