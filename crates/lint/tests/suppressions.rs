//! End-to-end tests of inline suppressions: ranges, next line, file, front matter
//! `lint: {ignore}`, families, unused and unknown codes.

use std::path::Path;
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
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
{extra}---
";

/// Three findings, one per paragraph: `date/relative-day` (line A),
/// `number/percent` (line B), `number/spell-out` (line C).
const LINE_A: &str = "LAHORE — The council approved the plan yesterday after a long debate.";
const LINE_B: &str = "It will cost 5 percent more than last year, officials said.";
const LINE_C: &str = "About 3 people spoke against it.";

fn article(extra_front: &str, body: &str) -> String {
    format!("{}\n{body}", FRONT.replace("{extra}", extra_front))
}

/// (code, severity, line) of each finding in `text`.
fn check(text: &str) -> (i32, Vec<(String, String, u64)>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), text).unwrap();
    check_in(dir.path())
}

fn check_in(dir: &Path) -> (i32, Vec<(String, String, u64)>) {
    let output = Command::cargo_bin("article-lint")
        .unwrap()
        .current_dir(dir)
        .args([
            "check",
            "--isolated",
            "--today",
            TODAY,
            "--format",
            "json",
            "a.md",
        ])
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!(
            "bad JSON ({error}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let found = value["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["severity"].as_str().unwrap().to_owned(),
                d["span"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    (output.status.code().unwrap(), found)
}

fn codes(found: &[(String, String, u64)]) -> Vec<&str> {
    found.iter().map(|(code, _, _)| code.as_str()).collect()
}

fn plain_body() -> String {
    format!("{LINE_A}\n\n{LINE_B}\n\n{LINE_C}\n")
}

#[test]
fn baseline_article_has_three_findings() {
    let (code, found) = check(&article("", &plain_body()));
    assert_eq!(code, 0);
    assert_eq!(
        codes(&found),
        ["date/relative-day", "number/percent", "number/spell-out"]
    );
}

#[test]
fn disable_enable_range_hides_only_inside_it() {
    let body = format!(
        "{LINE_A}\n\n<!-- article-lint-disable number/percent, date/relative-day -->\n\n{LINE_B}\n\n\
         <!-- article-lint-enable number/percent -->\n\n{LINE_C}\n\n{LINE_B}\n\n{LINE_A}\n"
    );
    let (_, found) = check(&article("", &body));
    // A before the range is shown; B inside hidden; C (another code) shown; B after
    // the enable shown; A after is still inside the date range (never closed).
    assert_eq!(
        codes(&found),
        ["date/relative-day", "number/spell-out", "number/percent"],
        "{found:?}"
    );
}

#[test]
fn disable_without_codes_hides_everything_until_enable() {
    let body = format!(
        "<!-- article-lint-disable -->\n{LINE_A}\n\n{LINE_B}\n\n<!-- article-lint-enable -->\n\n{LINE_C}\n"
    );
    let (_, found) = check(&article("", &body));
    assert_eq!(codes(&found), ["number/spell-out"]);
}

#[test]
fn disable_next_line_hides_the_next_non_blank_line_only() {
    let body =
        format!("<!-- article-lint-disable-next-line number/* -->\n\n{LINE_B}\n\n{LINE_C}\n");
    let (_, found) = check(&article("", &body));
    assert_eq!(codes(&found), ["number/spell-out"]);
}

#[test]
fn disable_file_hides_a_family_everywhere() {
    let body = format!(
        "{}\n<!-- article-lint-disable-file number -->\n",
        plain_body()
    );
    let (_, found) = check(&article("", &body));
    assert_eq!(codes(&found), ["date/relative-day"]);
}

#[test]
fn front_matter_ignore_hides_for_the_file() {
    let (_, found) = check(&article(
        "lint:\n  ignore: [date/relative-day, number/*]\n",
        &plain_body(),
    ));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn unused_suppression_is_an_info_at_the_comment() {
    let body =
        format!("{LINE_A}\n\n<!-- article-lint-disable-next-line number/percent -->\n{LINE_C}\n");
    let (code, found) = check(&article("", &body));
    assert_eq!(code, 0);
    let unused: Vec<_> = found
        .iter()
        .filter(|(code, _, _)| code == "lint/unused-suppression")
        .collect();
    assert_eq!(unused.len(), 1, "{found:?}");
    assert_eq!(unused[0].1, "info");
    // The comment's own line: 11 lines of front matter, a blank line, A, a blank line.
    assert_eq!(unused[0].2, 15);
    assert!(codes(&found).contains(&"number/spell-out"));
}

#[test]
fn unused_front_matter_ignore_is_reported_at_the_item() {
    let (_, found) = check(&article("lint:\n  ignore: [schema/type]\n", &plain_body()));
    let unused: Vec<_> = found
        .iter()
        .filter(|(code, _, _)| code == "lint/unused-suppression")
        .collect();
    assert_eq!(unused.len(), 1, "{found:?}");
    assert_eq!(unused[0].2, 12);
}

#[test]
fn unknown_code_is_a_warning_with_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    let body = format!("<!-- article-lint-disable-next-line number/percnt -->\n{LINE_B}\n");
    std::fs::write(dir.path().join("a.md"), article("", &body)).unwrap();
    let (_, found) = check_in(dir.path());
    assert_eq!(
        codes(&found),
        ["lint/unknown-code", "number/percent"],
        "{found:?}"
    );
    let output = Command::cargo_bin("article-lint")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "check",
            "--isolated",
            "--today",
            TODAY,
            "--color",
            "never",
            "a.md",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("did you mean `number/percent`?"), "{text}");
}

#[test]
fn parse_errors_cannot_be_suppressed() {
    let text = "---\ntitle: [unclosed\n---\n\n<!-- article-lint-disable-file -->\n";
    let (code, found) = check(text);
    assert_eq!(code, 1);
    assert_eq!(found.len(), 1);
    assert!(found[0].0.starts_with("parse/"), "{found:?}");
}
