//! End-to-end test of baselines: write, hide, survive moved lines, show new findings,
//! count duplicates, drop fixed findings on the next write.

mod common;

use common::{Output, article_lint, output_of};

use std::path::Path;

use serde_json::Value;

const TODAY: &str = "2026-02-10";

const FRONT: &str = "---
title: Council approves new budget for city parks
subtitle: The plan adds money for parks across the city this year
author: Staff Reporter
published: 2026-02-06
section: World
tags: [parks]
slug: parks
language: en
dateline: LAHORE
---
";

/// `date/relative-day`, `number/percent` and `number/spell-out`, one each.
const LINE_A: &str = "LAHORE — The council approved the plan yesterday after a long debate.";
const LINE_B: &str = "It will cost 5 percent more than last year, officials said.";
const LINE_C: &str = "About 3 people spoke against it.";

fn write_article(dir: &Path, name: &str, paragraphs: &[&str]) {
    let text = format!("{FRONT}\n{}\n", paragraphs.join("\n\n"));
    std::fs::write(dir.join(name), text).unwrap();
}

fn run(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "check",
        "--isolated",
        "--today",
        TODAY,
        "--color",
        "never",
        "--deny-warnings",
    ];
    args.extend_from_slice(extra);
    let mut command = article_lint();
    command.current_dir(dir).args(&args);
    output_of(command, None)
}

fn json(dir: &Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let output = run(dir, &args);
    let value = serde_json::from_str(&output.stdout)
        .unwrap_or_else(|e| panic!("bad JSON ({e}): {}{}", output.stdout, output.stderr));
    (output.code, value)
}

/// (path, code) of every finding shown.
fn shown(value: &Value) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for file in value["files"].as_array().unwrap() {
        for d in file["diagnostics"].as_array().unwrap() {
            found.push((
                file["path"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("./")
                    .to_owned(),
                d["code"].as_str().unwrap().to_owned(),
            ));
        }
    }
    found
}

fn recorded(dir: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("baseline.json")).unwrap()).unwrap()
}

#[test]
fn baseline_lifecycle() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_article(root, "a.md", &[LINE_A, LINE_B, LINE_C]);
    write_article(root, "b.md", &[LINE_B]);

    // Without a baseline: four warnings, exit 1 with --deny-warnings.
    let (code, value) = json(root, &["."]);
    assert_eq!(code, 1);
    assert_eq!(shown(&value).len(), 4);
    assert!(value["summary"].get("baselined").is_none());

    // Write: exit 0 even with findings; sorted, versioned, stable.
    let output = run(root, &["--write-baseline", "baseline.json", "."]);
    assert_eq!(output.code, 0, "{}", output.stderr);
    assert!(
        output.stderr.contains("wrote 4 findings to baseline.json"),
        "{}",
        output.stderr
    );
    let first = std::fs::read_to_string(root.join("baseline.json")).unwrap();
    let written = recorded(root);
    assert_eq!(written["version"], 1);
    let entries = written["findings"].as_array().unwrap();
    assert_eq!(entries.len(), 4);
    let keys: Vec<(String, String)> = entries
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap().to_owned(),
                e["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(keys[0], ("a.md".to_owned(), "date/relative-day".to_owned()));
    run(root, &["--write-baseline", "baseline.json", "."]);
    assert_eq!(
        std::fs::read_to_string(root.join("baseline.json")).unwrap(),
        first
    );

    // With the baseline: everything hidden, exit 0, and the count reported.
    let (code, value) = json(root, &["--baseline", "baseline.json", "."]);
    assert_eq!(code, 0, "{value}");
    assert!(shown(&value).is_empty());
    assert_eq!(value["summary"]["baselined"], 4);
    let output = run(root, &["--baseline", "baseline.json", "."]);
    assert_eq!(output.code, 0);
    assert!(
        output
            .stdout
            .contains("no problems in 2 files (4 hidden by baseline)"),
        "{}",
        output.stdout
    );

    // Lines inserted above the findings: still hidden.
    write_article(
        root,
        "a.md",
        &[
            "A new opening paragraph.",
            "And another one.",
            LINE_A,
            LINE_B,
            LINE_C,
        ],
    );
    let (code, value) = json(root, &["--baseline", "baseline.json", "."]);
    assert_eq!(code, 0, "{value}");
    assert!(shown(&value).is_empty());

    // A new defect shows, and so does a second copy of a recorded one.
    write_article(
        root,
        "a.md",
        &[
            "A new opening paragraph.",
            LINE_A,
            LINE_B,
            LINE_C,
            "The mayor also resigned yesterday.",
        ],
    );
    write_article(root, "b.md", &[LINE_B, LINE_B]);
    let (code, value) = json(root, &["--baseline", "baseline.json", "."]);
    assert_eq!(code, 1);
    assert_eq!(
        shown(&value),
        vec![
            ("a.md".to_owned(), "date/relative-day".to_owned()),
            ("b.md".to_owned(), "number/percent".to_owned()),
        ]
    );
    assert_eq!(value["summary"]["baselined"], 4);
    let line = value["files"][0]["diagnostics"][0]["span"]["line"]
        .as_u64()
        .unwrap();
    assert_eq!(line, 21, "the new `yesterday` is the one shown");

    // Fix one: the next write drops it.
    write_article(root, "a.md", &[LINE_A, LINE_B]);
    write_article(root, "b.md", &[LINE_B]);
    let output = run(root, &["--write-baseline", "baseline.json", "."]);
    assert_eq!(output.code, 0);
    let codes: Vec<String> = recorded(root)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e["path"].as_str().unwrap(),
                e["code"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            "a.md date/relative-day",
            "a.md number/percent",
            "b.md number/percent"
        ]
    );
}

#[test]
fn duplicates_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_article(root, "a.md", &[LINE_B, LINE_B]);
    run(root, &["--write-baseline", "baseline.json", "a.md"]);
    let entries = recorded(root)["findings"].as_array().unwrap().clone();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["count"], 2);
    write_article(root, "a.md", &[LINE_B, LINE_B, LINE_B]);
    let (code, value) = json(root, &["--baseline", "baseline.json", "a.md"]);
    assert_eq!(code, 1);
    assert_eq!(shown(&value).len(), 1);
    assert_eq!(value["summary"]["baselined"], 2);
}

#[test]
fn bad_baseline_file_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_article(root, "a.md", &[LINE_B]);
    let output = run(root, &["--baseline", "missing.json", "a.md"]);
    assert_eq!(output.code, 2);
    assert!(output.stderr.contains("missing.json"), "{}", output.stderr);
    std::fs::write(root.join("old.json"), r#"{"version": 99, "findings": []}"#).unwrap();
    let output = run(root, &["--baseline", "old.json", "a.md"]);
    assert_eq!(output.code, 2);
    assert!(output.stderr.contains("version 99"), "{}", output.stderr);
}

#[test]
fn fix_leaves_baselined_findings_alone() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // LINE_C's "3 people" (number/spell-out, safe fix) is recorded in the baseline.
    write_article(root, "a.md", &[LINE_C]);
    let output = run(root, &["--write-baseline", "baseline.json", "."]);
    assert_eq!(output.code, 0, "{}", output.stderr);

    // A new paragraph with the same kind of finding: only the new one is fixed.
    let new_line = "Later 4 residents left the hall.";
    write_article(root, "a.md", &[LINE_C, new_line]);
    let output = run(root, &["--fix", "--baseline", "baseline.json", "."]);
    assert_eq!(output.code, 0, "{}{}", output.stdout, output.stderr);
    let text = std::fs::read_to_string(root.join("a.md")).unwrap();
    assert!(
        text.contains(LINE_C),
        "the baselined finding was fixed:\n{text}"
    );
    assert!(
        text.contains("Later four residents left the hall."),
        "the new finding was not fixed:\n{text}"
    );
    let (code, value) = json(root, &["--baseline", "baseline.json", "."]);
    assert_eq!(code, 0, "{value}");
    assert!(shown(&value).is_empty(), "{value}");
    assert_eq!(value["summary"]["baselined"], 1);

    // Without the baseline, --fix fixes it too (the control: the fix exists).
    let output = run(root, &["--fix", "."]);
    assert_eq!(output.code, 0, "{}{}", output.stdout, output.stderr);
    let text = std::fs::read_to_string(root.join("a.md")).unwrap();
    assert!(
        text.contains("About three people spoke against it."),
        "{text}"
    );
}
