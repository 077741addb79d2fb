//! The documentation of every code, from one source: the rules' [`RuleMeta`] and the
//! [`BUILTIN_CODES`] table. `article-lint rules`, `article-lint explain`, the SARIF
//! rule metadata and docs/rules.md are all rendered from here.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::codes::{BUILTIN_CODES, CodeInfo};
use crate::diagnostic::{Level, docs_url, family_of};
use crate::examples::example_text;
use crate::rule::{FixKind, RuleMeta};
use crate::rules;

/// Where a code comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The article could not be read into the model (`parse/*`).
    Parse,
    /// The front matter schema (`schema/*`).
    Schema,
    /// The run itself (`io/*`).
    Run,
    /// A rule over the parsed article (`date/*`, `number/*`, ...).
    Rule,
}

impl Origin {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Parse => "parse",
            Self::Schema => "schema",
            Self::Run => "run",
            Self::Rule => "rule",
        }
    }
}

/// The documentation of one code.
#[derive(Debug, Clone, Copy)]
pub struct CodeDoc {
    pub code: &'static str,
    pub origin: Origin,
    pub default_level: Level,
    pub fix: FixKind,
    /// One line.
    pub summary: &'static str,
    /// The long documentation (Markdown); empty for non-rule codes.
    pub docs: &'static str,
    pub bad_example: Option<&'static str>,
    pub good_example: Option<&'static str>,
}

impl CodeDoc {
    pub fn family(&self) -> &'static str {
        family_of(self.code)
    }

    pub fn url(&self) -> String {
        docs_url(self.code)
    }

    fn from_rule(meta: &'static RuleMeta) -> Self {
        Self {
            code: meta.code,
            origin: Origin::Rule,
            default_level: meta.default_level,
            fix: meta.fix,
            summary: meta.summary,
            docs: meta.docs,
            bad_example: Some(meta.bad_example),
            good_example: Some(meta.good_example),
        }
    }

    fn from_builtin(info: &'static CodeInfo) -> Self {
        let origin = match info.code.split_once('/').map(|(family, _)| family) {
            Some("parse") => Origin::Parse,
            Some("schema") => Origin::Schema,
            _ => Origin::Run,
        };
        Self {
            code: info.code,
            origin,
            default_level: info.default_level,
            fix: FixKind::None,
            summary: info.summary,
            docs: "",
            bad_example: None,
            good_example: None,
        }
    }

    /// The JSON object of `article-lint rules --format json`.
    pub fn to_json(&self) -> Value {
        json!({
            "code": self.code,
            "family": self.family(),
            "origin": self.origin.as_str(),
            "default_level": self.default_level.as_str(),
            "fix": self.fix.as_str(),
            "summary": self.summary,
            "url": self.url(),
        })
    }
}

/// Every code: parse, schema and run codes first (in their table's order), then the
/// rules in code order.
pub fn all() -> Vec<CodeDoc> {
    BUILTIN_CODES
        .iter()
        .map(CodeDoc::from_builtin)
        .chain(
            rules::all()
                .iter()
                .map(|rule| CodeDoc::from_rule(rule.meta())),
        )
        .collect()
}

/// The documentation of one code.
pub fn find(code: &str) -> Option<CodeDoc> {
    all().into_iter().find(|doc| doc.code == code)
}

/// The anchor of a code's section in docs/rules.md (GitHub's heading slug of
/// `` `date/weekday-mismatch` ``: `dateweekday-mismatch`). [`docs_url`] links here.
pub fn anchor(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// `article-lint rules --format json`.
pub fn rules_json() -> Value {
    json!({
        "version": 1,
        "rules": all().iter().map(CodeDoc::to_json).collect::<Vec<_>>(),
    })
}

/// `article-lint rules`: an aligned table.
pub fn rules_table() -> String {
    let docs = all();
    let header = ["CODE", "FAMILY", "DEFAULT", "FIX", "SUMMARY"];
    let rows: Vec<[String; 5]> = docs
        .iter()
        .map(|doc| {
            [
                doc.code.to_owned(),
                doc.family().to_owned(),
                doc.default_level.as_str().to_owned(),
                doc.fix.as_str().to_owned(),
                doc.summary.to_owned(),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: [&str; 5]| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                text.push_str(cell);
            } else {
                let pad = widths[i] - cell.chars().count();
                let _ = write!(text, "{cell}{}  ", " ".repeat(pad));
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(header);
    for row in &rows {
        line([&row[0], &row[1], &row[2], &row[3], &row[4]]);
    }
    out
}

/// `article-lint explain CODE`: the full documentation as plain text (Markdown).
pub fn explain_text(doc: &CodeDoc) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", doc.code);
    let _ = writeln!(out, "{}\n", doc.summary);
    let _ = writeln!(out, "Default level: {}", doc.default_level.as_str());
    let _ = writeln!(out, "Fix: {}", fix_words(doc.fix));
    let _ = writeln!(out, "Docs: {}", doc.url());
    if !doc.docs.trim().is_empty() {
        let _ = writeln!(out, "\n{}", doc.docs.trim());
    }
    if let Some(bad) = doc.bad_example {
        let _ = writeln!(out, "\nFailing example:\n\n{}", indent(bad.trim_end()));
    }
    if let Some(good) = doc.good_example {
        let _ = writeln!(out, "\nPassing example:\n\n{}", indent(good.trim_end()));
    }
    if doc.origin != Origin::Rule {
        let _ = writeln!(out, "\n{}", origin_words(doc.origin));
    }
    out
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!("    {line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn fix_words(fix: FixKind) -> &'static str {
    match fix {
        FixKind::None => "none",
        FixKind::Safe => "safe (applied by `--fix`)",
        FixKind::Unsafe => "unsafe (applied by `--fix --unsafe-fixes`)",
        FixKind::Sometimes => "sometimes (safe or unsafe depending on the case)",
    }
}

fn origin_words(origin: Origin) -> &'static str {
    match origin {
        Origin::Parse => {
            "Reported when the file cannot be read into an article; no other check runs on it."
        }
        Origin::Schema => {
            "Reported by the front matter schema (the bundled schemas/article.schema.json, or \
             `--schema PATH`); the schema's keyword path is shown as a note."
        }
        Origin::Run => "Reported about the run rather than an article's content (exit code 2).",
        Origin::Rule => "",
    }
}

/// The heading of a family's section in docs/rules.md.
fn family_title(family: &str) -> String {
    match family {
        "parse" => "Parse errors (`parse/*`)".to_owned(),
        "schema" => "Front matter schema (`schema/*`)".to_owned(),
        "io" => "Run problems (`io/*`)".to_owned(),
        "date" => "Dates (`date/*`)".to_owned(),
        "number" => "Numbers (`number/*`)".to_owned(),
        other => format!("`{other}/*`"),
    }
}

/// docs/rules.md, generated (`article-lint rules --format markdown > docs/rules.md`).
pub fn rules_markdown() -> String {
    let docs = all();
    let mut out = String::new();
    out.push_str("<!-- Generated by `article-lint rules --format markdown > docs/rules.md`; do not edit by hand. -->\n\n");
    out.push_str("# Rules\n\n");
    out.push_str(
        "Every code article-lint reports. Levels are configured by code (`date/future`), \
         family (`date/*`) or `*`; `article-lint explain CODE` prints one section in the \
         terminal.\n\n",
    );
    out.push_str("| Code | Default | Fix | Summary |\n| --- | --- | --- | --- |\n");
    for doc in &docs {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} | {} |",
            doc.code,
            anchor(doc.code),
            doc.default_level.as_str(),
            doc.fix.as_str(),
            doc.summary.replace('|', "\\|")
        );
    }
    let mut family = "";
    for doc in &docs {
        if doc.family() != family {
            family = doc.family();
            let _ = writeln!(out, "\n## {}", family_title(family));
        }
        let _ = writeln!(out, "\n### `{}`\n", doc.code);
        let _ = writeln!(out, "{}\n", doc.summary);
        let _ = writeln!(
            out,
            "- Default level: {}\n- Fix: {}",
            doc.default_level.as_str(),
            fix_words(doc.fix)
        );
        if !doc.docs.trim().is_empty() {
            let _ = writeln!(out, "\n{}", doc.docs.trim());
        }
        if let Some(bad) = doc.bad_example {
            let _ = writeln!(
                out,
                "\nFailing example:\n\n````markdown\n{}\n````",
                example_text(bad).trim_end()
            );
        }
        if let Some(good) = doc.good_example {
            let _ = writeln!(
                out,
                "\nPassing example:\n\n````markdown\n{}\n````",
                example_text(good).trim_end()
            );
        }
        if doc.origin != Origin::Rule {
            let _ = writeln!(out, "\n{}", origin_words(doc.origin));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_match_docs_urls() {
        for doc in all() {
            assert!(
                doc.url().ends_with(&format!("#{}", anchor(doc.code))),
                "{} links to {}",
                doc.code,
                doc.url()
            );
        }
        assert_eq!(anchor("date/weekday-mismatch"), "dateweekday-mismatch");
    }

    #[test]
    fn table_lists_every_code() {
        let table = rules_table();
        assert!(table.starts_with("CODE"));
        for doc in all() {
            assert!(table.contains(doc.code), "{} missing", doc.code);
        }
        assert!(table.contains("parse/yaml"));
        assert!(table.contains("io/read"));
    }

    #[test]
    fn explain_shows_level_and_summary() {
        let text = explain_text(&find("schema/recommended").unwrap());
        assert!(text.starts_with("schema/recommended\n"));
        assert!(text.contains("Default level: warning"));
        assert!(find("no/such-code").is_none());
    }
}
