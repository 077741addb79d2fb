//! docs/ci.md stays true: every YAML block parses, and every `article-lint` command in
//! it is a valid invocation that runs on the bundled fixtures.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use clap::Parser;
use lint::cli::Cli;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The contents of the ```yaml blocks of a Markdown text.
fn yaml_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match &mut current {
            None if line.trim_start() == "```yaml" => current = Some(String::new()),
            Some(block) if line.trim_start() == "```" => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    blocks
}

/// Every string in a YAML value (the `run:` and `script:` lines among them).
fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => out.push(text.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|item| strings(item, out)),
        serde_json::Value::Object(map) => map.values().for_each(|item| strings(item, out)),
        _ => {}
    }
}

/// Splits a shell command line into words (double quotes only, as the docs use).
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    words.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            c => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(word);
    }
    words
}

/// A CI expression (`${{ ... }}`, `$VAR`) in a ref position becomes `HEAD`; the
/// articles folder becomes the fixtures; report files go to `out`.
fn runnable(words: &[String], out: &Path) -> Vec<String> {
    let mut result = Vec::new();
    let mut previous = "";
    for word in words {
        let replaced = if previous == "--changed-since" {
            "HEAD".to_owned()
        } else if previous == "--output-file" {
            out.join(word).display().to_string()
        } else if word == "articles/" {
            "fixtures/".to_owned()
        } else {
            word.clone()
        };
        result.push(replaced);
        previous = word;
    }
    result
}

#[test]
fn every_yaml_block_parses_and_every_command_runs() {
    let markdown = std::fs::read_to_string(workspace().join("docs/ci.md")).unwrap();
    let blocks = yaml_blocks(&markdown);
    assert!(
        blocks.len() >= 4,
        "expected the GitHub, GitLab and pre-commit blocks"
    );
    let mut commands = Vec::new();
    for block in &blocks {
        let value: serde_json::Value = serde_saphyr::from_str(block)
            .unwrap_or_else(|error| panic!("invalid YAML ({error}):\n{block}"));
        let mut texts = Vec::new();
        strings(&value, &mut texts);
        for text in texts {
            for line in text.lines() {
                if line.trim_start().starts_with("article-lint ") {
                    commands.push(words(line.trim()));
                }
            }
        }
        // pre-commit blocks: the hook ids exist in .pre-commit-hooks.yaml.
        if let Some(repos) = value.get("repos").and_then(|r| r.as_array()) {
            let hooks =
                std::fs::read_to_string(workspace().join(".pre-commit-hooks.yaml")).unwrap();
            let hooks: serde_json::Value = serde_saphyr::from_str(&hooks).unwrap();
            let ids: Vec<&str> = hooks
                .as_array()
                .unwrap()
                .iter()
                .map(|hook| hook["id"].as_str().unwrap())
                .collect();
            for repo in repos.iter().filter(|repo| repo["repo"] != "local") {
                for hook in repo["hooks"].as_array().unwrap() {
                    assert!(ids.contains(&hook["id"].as_str().unwrap()), "{hook}");
                }
            }
        }
    }
    let kinds: Vec<&str> = ["github", "sarif", "junit"]
        .into_iter()
        .filter(|format| commands.iter().any(|c| c.iter().any(|w| w == format)))
        .collect();
    assert_eq!(kinds, ["github", "sarif", "junit"], "{commands:?}");

    let out = tempfile::tempdir().unwrap();
    for command in &commands {
        // Valid for the argument parser ...
        let parsed = Cli::try_parse_from(command.iter().map(String::as_str));
        assert!(parsed.is_ok(), "{command:?}: {}", parsed.unwrap_err());
        // ... and it runs: findings (1) are fine, a failure (2) is not.
        let args = runnable(command, out.path());
        let output = Command::cargo_bin("article-lint")
            .unwrap()
            .current_dir(workspace())
            .args(&args[1..])
            .args(["--today", "2026-11-30"])
            .output()
            .unwrap();
        let code = output.status.code().unwrap();
        assert!(
            code == 0 || code == 1,
            "{args:?} exited {code}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        if let Some(index) = args.iter().position(|w| w == "--output-file") {
            let report = std::fs::read_to_string(&args[index + 1]).unwrap();
            assert!(!report.is_empty(), "{args:?} wrote an empty report");
        }
    }
}
