//! Test helpers: parse an article's front matter with the model crate and validate it.
#![allow(dead_code)]

use article_model::front_matter::parse_front_matter;
use article_model::{Source, Span};
use article_schema::{ArticleSchema, SchemaFinding};

/// A checked document: its full text and the findings.
pub struct Checked {
    pub text: String,
    pub findings: Vec<SchemaFinding>,
}

impl Checked {
    /// The source text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    pub fn codes(&self) -> Vec<&str> {
        self.findings.iter().map(|f| f.code.as_str()).collect()
    }

    /// Findings other than `schema/recommended`.
    pub fn errors(&self) -> Vec<&SchemaFinding> {
        self.findings
            .iter()
            .filter(|f| f.code != "schema/recommended")
            .collect()
    }

    /// The only finding with `code`.
    pub fn one(&self, code: &str) -> &SchemaFinding {
        let found: Vec<_> = self.findings.iter().filter(|f| f.code == code).collect();
        assert_eq!(
            found.len(),
            1,
            "expected one {code}, got {:#?}",
            self.findings
        );
        found[0]
    }

    /// One line per finding: code, severity, the text at fault, message, label.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for f in &self.findings {
            out.push_str(&format!(
                "{} {:?} {:?} @{} {:?}: {} [{}]\n",
                f.code,
                f.severity,
                self.slice(f.span),
                f.span.start,
                f.pointer,
                f.message,
                f.label
            ));
            if let Some(help) = &f.help {
                out.push_str(&format!("    help: {help}\n"));
            }
            if let Some(note) = &f.note {
                out.push_str(&format!("    note: {note}\n"));
            }
            for related in &f.related {
                out.push_str(&format!(
                    "    related: {:?} [{}]\n",
                    self.slice(related.span),
                    related.label
                ));
            }
        }
        out
    }
}

/// Fields that make the bundled schema's required and recommended checks pass.
pub const COMPLETE: &str = "\
title: Floods displace thousands across southern Pakistan
subtitle: Rescue teams reach villages cut off by the Indus
author: Amina Khan
published: 2026-02-06
section: world
tags: [floods, pakistan]
slug: pakistan-floods-2026
language: en-PK
dateline: KARACHI
";

/// `---\n{yaml}---\nBody.\n`, validated with `schema`.
pub fn check_with(schema: &ArticleSchema, yaml: &str) -> Checked {
    let text = format!("---\n{yaml}---\nBody.\n");
    let source = Source::new("test.md", text.clone());
    let (front_matter, _) = parse_front_matter(&source)
        .unwrap_or_else(|error| panic!("front matter does not parse: {error:?}\n{text}"));
    let findings = schema.validate(
        &front_matter.value,
        &front_matter.spans,
        front_matter.delimiters.opening,
    );
    Checked { text, findings }
}

/// Validated with the bundled schema.
pub fn check(yaml: &str) -> Checked {
    check_with(&ArticleSchema::bundled(), yaml)
}

/// The complete document with `key`'s line replaced by `line` (or appended).
pub fn complete_with(key: &str, line: &str) -> String {
    let mut out = String::new();
    let mut replaced = false;
    for existing in COMPLETE.lines() {
        if existing.starts_with(&format!("{key}:")) {
            if !line.is_empty() {
                out.push_str(line);
                out.push('\n');
            }
            replaced = true;
        } else {
            out.push_str(existing);
            out.push('\n');
        }
    }
    if !replaced && !line.is_empty() {
        out.push_str(line);
        out.push('\n');
    }
    out
}

pub fn fixture(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}
