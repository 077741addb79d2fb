//! Rule documentation: docs/rules.md is generated from the rules' metadata and must
//! not go stale; every rule's examples behave as documented; `rules`, `explain`,
//! `completions` and `man` work from the command line.
//!
//! Regenerate docs/rules.md with `UPDATE_DOCS=1 cargo test -p lint --test docs`
//! (or `article-lint rules --format markdown > docs/rules.md`).

mod common;

use common::{Output, article_lint, output_of};

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use article_schema::ArticleSchema;
use lint::diagnostic::{Level, docs_url};
use lint::engine::Engine;
use lint::examples::{example_context, example_file_name, example_text};
use lint::levels::Levels;
use lint::{docs, rules};
use serde_json::Value;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    let mut command = article_lint();
    command.current_dir(workspace()).args(args);
    output_of(command, None)
}

#[test]
fn rules_md_is_up_to_date() {
    let path = workspace().join("docs/rules.md");
    let generated = docs::rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/rules.md is stale: regenerate it with\n  \
         UPDATE_DOCS=1 cargo test -p lint --test docs\nor\n  \
         cargo run -p lint -- rules --format markdown > docs/rules.md"
    );
}

/// GitHub's heading anchor: lowercase, punctuation other than `-` and `_` dropped,
/// spaces to `-`.
fn github_slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

#[test]
fn every_docs_url_points_at_a_heading_of_rules_md() {
    let markdown = docs::rules_markdown();
    let anchors: BTreeSet<String> = markdown
        .lines()
        .filter_map(|line| line.strip_prefix("### "))
        .map(github_slug)
        .collect();
    let all = docs::all();
    assert!(all.len() >= 28, "parse, schema and io codes are listed");
    for doc in &all {
        let url = docs_url(doc.code);
        let anchor = url.rsplit_once('#').unwrap().1;
        assert!(
            anchors.contains(anchor),
            "{url}: no heading with that anchor"
        );
        assert!(
            markdown.contains(&format!("](#{anchor})")),
            "the table links {anchor}"
        );
    }
    assert_eq!(anchors.len(), all.len(), "anchors are unique");
}

/// The engine the examples run in: the example context, the bundled schema, every
/// rule on (rules off by default at their default severity), and
/// `schema/recommended` off (the example front matter has no `dateline`).
fn example_engine() -> Engine {
    let mut levels = Levels::default();
    for rule in rules::all() {
        let meta = rule.meta();
        if meta.default_level == Level::Off {
            let level = match meta.default_severity() {
                lint::diagnostic::Severity::Info => Level::Info,
                lint::diagnostic::Severity::Warning => Level::Warning,
                lint::diagnostic::Severity::Error => Level::Error,
            };
            levels.set(meta.code, level);
        }
    }
    levels.set("schema/recommended", Level::Off);
    Engine::new(example_context(), levels, ArticleSchema::bundled())
}

#[test]
fn every_rule_example_trips_exactly_its_rule() {
    let engine = example_engine();
    let rule_codes: BTreeSet<&str> = rules::all().iter().map(|r| r.meta().code).collect();
    let mut problems = Vec::new();
    for rule in rules::all() {
        let meta = rule.meta();
        let codes_of = |example: &str| -> Vec<String> {
            engine
                .check_bytes(
                    Path::new(example_file_name(example)),
                    example_text(example).into_bytes(),
                )
                .diagnostics
                .into_iter()
                .map(|d| d.code)
                .collect()
        };
        let bad = codes_of(meta.bad_example);
        let non_rule: Vec<&String> = bad
            .iter()
            .filter(|c| !rule_codes.contains(c.as_str()))
            .collect();
        let other_rules: BTreeSet<&String> = bad
            .iter()
            .filter(|c| rule_codes.contains(c.as_str()) && c.as_str() != meta.code)
            .collect();
        if !bad.iter().any(|c| c == meta.code) {
            problems.push(format!(
                "{}: the failing example does not trip it ({bad:?})",
                meta.code
            ));
        }
        if !other_rules.is_empty() {
            problems.push(format!(
                "{}: the failing example also trips {other_rules:?}",
                meta.code
            ));
        }
        if !non_rule.is_empty() {
            problems.push(format!(
                "{}: the failing example has parse/schema findings {non_rule:?}",
                meta.code
            ));
        }
        let good = codes_of(meta.good_example);
        if good.iter().any(|c| c == meta.code) {
            problems.push(format!("{}: the passing example trips it", meta.code));
        }
        let non_rule: Vec<&String> = good
            .iter()
            .filter(|c| !rule_codes.contains(c.as_str()))
            .collect();
        if !non_rule.is_empty() {
            problems.push(format!(
                "{}: the passing example has parse/schema findings {non_rule:?}",
                meta.code
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn rules_command_lists_every_code_as_a_table_and_as_json() {
    let table = run(&["rules"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    let header = table.stdout.lines().next().unwrap();
    for column in ["CODE", "FAMILY", "DEFAULT", "FIX", "SUMMARY"] {
        assert!(header.contains(column), "{header}");
    }
    let line = table
        .stdout
        .lines()
        .find(|line| line.starts_with("schema/recommended "))
        .expect("schema/recommended row");
    let cells: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(
        &cells[..4],
        ["schema/recommended", "schema", "warning", "none"]
    );

    let json = run(&["rules", "--format", "json"]);
    assert_eq!(json.code, 0);
    let value: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["version"], 1);
    let entries = value["rules"].as_array().unwrap();
    let codes: Vec<&str> = entries
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    for doc in docs::all() {
        assert!(codes.contains(&doc.code), "{} missing", doc.code);
        assert!(table.stdout.contains(doc.code));
    }
    for code in ["parse/yaml", "parse/utf8", "schema/required", "io/read"] {
        assert!(codes.contains(&code), "{code} missing");
    }
    let yaml = entries.iter().find(|e| e["code"] == "parse/yaml").unwrap();
    assert_eq!(yaml["family"], "parse");
    assert_eq!(yaml["default_level"], "error");
    assert_eq!(yaml["fix"], "none");
    assert!(yaml["summary"].as_str().unwrap().contains("YAML"));
    assert_eq!(yaml["url"], docs_url("parse/yaml"));

    let markdown = run(&["rules", "--format", "markdown"]);
    assert_eq!(markdown.stdout, docs::rules_markdown());
}

#[test]
fn explain_prints_the_documentation_of_a_code() {
    let output = run(&["explain", "schema/required"]);
    assert_eq!(output.code, 0, "{}", output.stderr);
    assert!(output.stdout.starts_with("schema/required\n"));
    assert!(output.stdout.contains("Default level: error"));
    assert!(output.stdout.contains("Fix: none"));
    assert!(output.stdout.contains(&docs_url("schema/required")));

    for rule in rules::all() {
        let meta = rule.meta();
        let output = run(&["explain", meta.code]);
        assert_eq!(output.code, 0);
        assert!(output.stdout.contains(meta.summary), "{}", meta.code);
        assert!(output.stdout.contains("Failing example:"));
        assert!(output.stdout.contains("Passing example:"));
        let first_bad_line = meta
            .bad_example
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap();
        assert!(
            output.stdout.contains(first_bad_line.trim()),
            "{}",
            meta.code
        );
    }
}

#[test]
fn explain_of_an_unknown_code_suggests_the_closest() {
    let output = run(&["explain", "schema/requird"]);
    assert_eq!(output.code, 2);
    assert_eq!(output.stdout, "");
    assert!(
        output
            .stderr
            .contains("unknown code `schema/requird`; did you mean `schema/required`?"),
        "{}",
        output.stderr
    );
    let output = run(&["explain", "zzzzzzzzzzzz"]);
    assert_eq!(output.code, 2);
    assert!(!output.stderr.contains("did you mean"), "{}", output.stderr);
}

#[test]
fn completions_name_every_subcommand() {
    for shell in ["bash", "zsh", "fish"] {
        let output = run(&["completions", shell]);
        assert_eq!(output.code, 0, "{shell}: {}", output.stderr);
        for subcommand in ["check", "rules", "explain", "completions", "man"] {
            assert!(
                output.stdout.contains(subcommand),
                "{shell} lacks {subcommand}"
            );
        }
        assert!(output.stdout.contains("article-lint") || output.stdout.contains("article_lint"));
        assert!(
            output.stdout.contains("output-file"),
            "{shell} completes check's flags"
        );
    }
    assert!(run(&["completions", "bash"]).stdout.contains("complete -F"));
    assert!(
        run(&["completions", "zsh"])
            .stdout
            .starts_with("#compdef article-lint")
    );
    assert!(
        run(&["completions", "fish"])
            .stdout
            .contains("complete -c article-lint")
    );
    assert_eq!(run(&["completions", "tcsh"]).code, 2);
}

#[test]
fn man_page_is_roff_with_the_subcommands() {
    let output = run(&["man"]);
    assert_eq!(output.code, 0, "{}", output.stderr);
    assert!(
        output.stdout.contains(".TH article-lint 1"),
        "{}",
        &output.stdout[..200.min(output.stdout.len())]
    );
    assert!(output.stdout.contains(".SH NAME"));
    assert!(output.stdout.contains(".SH SYNOPSIS"));
    assert!(output.stdout.contains(".SH SUBCOMMANDS"));
    for subcommand in ["check", "rules", "explain", "completions", "man"] {
        assert!(
            output
                .stdout
                .contains(&format!("article\\-lint\\-{subcommand}")),
            "{subcommand}"
        );
    }
}
