//! End-to-end tests of configuration: discovery, `--config`, `--isolated`, overrides,
//! levels, errors with spans, `init` and the `sections` taxonomy.

mod common;

use common::{Output, article_lint, output_of};

use std::path::Path;

use serde_json::Value;

const TODAY: &str = "2026-02-10";

/// A valid article with five recommended fields missing (five `schema/recommended`
/// warnings) and nothing else to report.
fn article(section: &str, published: &str) -> String {
    format!(
        "---\ntitle: Council approves new budget for city parks\nauthor: Staff Reporter\n\
         published: {published}\nsection: {section}\n---\n\n\
         The council approved the plan after a long debate.\n"
    )
}

fn write(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn run(dir: &Path, args: &[&str]) -> Output {
    let mut command = article_lint();
    command.current_dir(dir).env("NO_COLOR", "1").args(args);
    output_of(command, None)
}

/// `check --format json` with a pinned day: (exit code, document).
fn check_json(dir: &Path, args: &[&str]) -> (i32, Value) {
    let mut full = vec!["check", "--today", TODAY, "--format", "json"];
    full.extend_from_slice(args);
    let output = run(dir, &full);
    let value = serde_json::from_str(&output.stdout).unwrap_or_else(|error| {
        panic!("bad JSON ({error}):\n{}\n{}", output.stdout, output.stderr)
    });
    (output.code, value)
}

fn check_text(dir: &Path, args: &[&str]) -> Output {
    let mut full = vec!["check", "--today", TODAY, "--color", "never"];
    full.extend_from_slice(args);
    run(dir, &full)
}

/// (path, code, severity) of every finding.
fn findings(value: &Value) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for file in value["files"].as_array().unwrap() {
        for d in file["diagnostics"].as_array().unwrap() {
            found.push((
                file["path"].as_str().unwrap().replace('\\', "/"),
                d["code"].as_str().unwrap().to_owned(),
                d["severity"].as_str().unwrap().to_owned(),
            ));
        }
    }
    found
}

fn severities_of(value: &Value, path_suffix: &str) -> Vec<String> {
    findings(value)
        .into_iter()
        .filter(|(path, _, _)| path.ends_with(path_suffix))
        .map(|(_, _, severity)| severity)
        .collect()
}

#[test]
fn without_config_recommended_fields_are_warnings() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", &article("World", "2026-02-06"));
    let (code, value) = check_json(dir.path(), &["."]);
    assert_eq!(code, 0);
    assert_eq!(severities_of(&value, "a.md"), vec!["warning"; 5]);
}

#[test]
fn config_is_found_walking_up_and_the_nearest_wins() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "article-lint.yaml",
        "rules:\n  schema/recommended: error\n",
    );
    write(root, ".article-lint.yaml", "rules:\n  '*': off\n");
    write(root, "news/deep/a.md", &article("World", "2026-02-06"));
    write(root, "quiet/article-lint.yaml", "rules:\n  schema/*: off\n");
    write(root, "quiet/inner/b.md", &article("World", "2026-02-06"));
    // Checked from a subfolder: discovery starts at each file, not at the cwd.
    let (code, value) = check_json(&root.join("news"), &["deep", "../quiet"]);
    assert_eq!(code, 1);
    // `article-lint.yaml` is preferred over `.article-lint.yaml` in the same folder.
    assert_eq!(severities_of(&value, "a.md"), vec!["error"; 5]);
    assert!(severities_of(&value, "b.md").is_empty());
    assert_eq!(value["summary"]["files_checked"], 2);
    // The ignored one is named on stderr, once; a folder with one name is silent.
    let output = run(
        &root.join("news"),
        &["check", "--today", TODAY, "deep", "../quiet"],
    );
    let warnings: Vec<&str> = output
        .stderr
        .lines()
        .filter(|line| line.starts_with("warning: "))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", output.stderr);
    assert!(
        warnings[0].contains("/.article-lint.yaml is ignored: ")
            && warnings[0].ends_with("/article-lint.yaml in the same folder takes precedence"),
        "{}",
        output.stderr
    );
}

#[test]
fn config_flag_applies_one_file_to_all_and_isolated_ignores_configs() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "article-lint.yaml",
        "rules:\n  schema/recommended: error\n",
    );
    write(
        root,
        "elsewhere/custom.yaml",
        "rules:\n  schema/recommended: info\n",
    );
    write(root, "a.md", &article("World", "2026-02-06"));

    let (code, value) = check_json(root, &["--config", "elsewhere/custom.yaml", "a.md"]);
    assert_eq!(code, 0);
    assert_eq!(severities_of(&value, "a.md"), vec!["info"; 5]);

    let (code, value) = check_json(root, &["--isolated", "a.md"]);
    assert_eq!(code, 0);
    assert_eq!(severities_of(&value, "a.md"), vec!["warning"; 5]);

    let output = run(root, &["check", "--isolated", "--config", "x.yaml", "a.md"]);
    assert_eq!(output.code, 2, "{}", output.stderr);
}

#[test]
fn overrides_apply_per_glob_and_family_levels_work() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "article-lint.yaml",
        "rules:\n  schema/*: error\noverrides:\n  - files: [\"wire/**\"]\n    rules:\n      schema/recommended: info\n",
    );
    write(root, "news/a.md", &article("World", "2026-02-06"));
    write(root, "wire/x/b.md", &article("World", "2026-02-06"));
    let (code, value) = check_json(root, &["."]);
    assert_eq!(code, 1);
    assert_eq!(severities_of(&value, "news/a.md"), vec!["error"; 5]);
    assert_eq!(severities_of(&value, "wire/x/b.md"), vec!["info"; 5]);
}

#[test]
fn cli_flags_win_over_config() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // The config pins an early day, so the article is in the future...
    write(root, "article-lint.yaml", "today: 2026-01-01\n");
    write(root, "a.md", &article("World", "2026-02-06"));
    let output = run(root, &["check", "--format", "json", "a.md"]);
    let value: Value = serde_json::from_str(&output.stdout).unwrap();
    assert!(
        findings(&value)
            .iter()
            .any(|(_, code, _)| code == "date/future"),
        "{value}"
    );
    // ... unless --today says otherwise; --ignore wins over a config level.
    write(
        root,
        "article-lint.yaml",
        "today: 2026-01-01\nrules:\n  schema/recommended: error\n",
    );
    let (code, value) = check_json(root, &["--ignore", "schema/recommended", "a.md"]);
    assert_eq!(code, 0);
    assert!(findings(&value).is_empty(), "{value}");
}

#[test]
fn include_and_exclude_from_config() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "article-lint.yaml",
        "include: [\"news/**\", \"drafts/**\"]\nexclude: [drafts]\n",
    );
    write(root, "news/a.md", &article("World", "2026-02-06"));
    write(root, "news/drafts/b.md", &article("World", "2026-02-06"));
    write(root, "other/c.md", &article("World", "2026-02-06"));
    let (_, value) = check_json(root, &["."]);
    let paths: Vec<&str> = value["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 1, "{paths:?}");
    assert!(paths[0].ends_with("news/a.md"));
}

#[test]
fn misspelled_rule_code_is_exit_2_with_span_and_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "article-lint.yaml", "rules:\n  date/futur: error\n");
    write(root, "a.md", &article("World", "2026-02-06"));
    let output = check_text(root, &["a.md"]);
    assert_eq!(output.code, 2, "{}", output.stdout);
    assert!(
        output.stdout.contains("config/unknown-rule"),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.contains("article-lint.yaml:2:3"),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.contains("did you mean `date/future`?"),
        "{}",
        output.stdout
    );
    // The article is not checked when its configuration is broken.
    assert!(!output.stdout.contains("schema/recommended"));
}

#[test]
fn schema_errors_in_config_have_spans_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "article-lint.yaml",
        "style: ap\nrules:\n  number/*: loud\nsectoins: [World]\n",
    );
    write(root, "a.md", &article("World", "2026-02-06"));
    let (code, value) = check_json(root, &["a.md"]);
    assert_eq!(code, 2);
    let file = &value["files"][0];
    assert!(
        file["path"]
            .as_str()
            .unwrap()
            .ends_with("article-lint.yaml")
    );
    let diagnostics = file["diagnostics"].as_array().unwrap();
    let lines: Vec<(u64, &str)> = diagnostics
        .iter()
        .map(|d| {
            (
                d["span"]["line"].as_u64().unwrap(),
                d["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(lines.contains(&(3, "schema/enum")), "{lines:?}");
    assert!(
        lines
            .iter()
            .any(|(line, code)| *line == 4 && code.starts_with("schema/")),
        "{lines:?}"
    );

    // Invalid YAML is a parse error with a position, exit 2 too.
    write(root, "article-lint.yaml", "rules: [unclosed\n");
    let output = check_text(root, &["a.md"]);
    assert_eq!(output.code, 2);
    assert!(
        output.stdout.contains("article-lint.yaml:"),
        "{}",
        output.stdout
    );
}

#[test]
fn bad_style_knob_and_missing_schema_file_are_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "article-lint.yaml",
        "style:\n  preset: ap\n  spel_max: 3\n",
    );
    write(root, "a.md", &article("World", "2026-02-06"));
    let output = check_text(root, &["a.md"]);
    assert_eq!(output.code, 2);
    assert!(
        output.stdout.contains("did you mean `spell_max`?"),
        "{}",
        output.stdout
    );

    write(root, "article-lint.yaml", "schema: missing.schema.json\n");
    let output = check_text(root, &["a.md"]);
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("missing.schema.json"),
        "{}",
        output.stderr
    );
}

#[test]
fn schema_path_is_relative_to_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "conf/article-lint.yaml",
        "schema: ../schemas/strict.json\n",
    );
    write(
        root,
        "schemas/strict.json",
        r#"{"type": "object", "required": ["desk"]}"#,
    );
    write(root, "conf/a.md", &article("World", "2026-02-06"));
    let (code, value) = check_json(root, &["conf"]);
    assert_eq!(code, 1);
    let codes: Vec<String> = findings(&value)
        .into_iter()
        .map(|(_, code, _)| code)
        .collect();
    assert_eq!(codes, vec!["schema/required"]);
}

#[test]
fn sections_taxonomy_trips_and_passes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "article-lint.yaml",
        "sections: [World, Business]\nrules:\n  schema/recommended: off\n",
    );
    write(root, "bad.md", &article("Wrold", "2026-02-06"));
    write(root, "good.md", &article("World", "2026-02-06"));
    let (code, value) = check_json(root, &["."]);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&value),
        vec![(
            "./bad.md".to_owned(),
            "front-matter/section".to_owned(),
            "error".to_owned()
        )]
    );
    let help = value["files"][0]["diagnostics"][0]["help"]
        .as_str()
        .unwrap();
    assert_eq!(help, "did you mean `World`?");

    // Without a taxonomy the rule is silent.
    let (code, _) = check_json(root, &["--isolated", "--ignore", "schema", "bad.md"]);
    assert_eq!(code, 0);
}

#[test]
fn init_writes_a_starter_that_loads_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let output = run(root, &["init"]);
    assert_eq!(output.code, 0, "{}", output.stderr);
    let text = std::fs::read_to_string(root.join("article-lint.yaml")).unwrap();
    assert!(text.starts_with("# article-lint configuration"));

    write(root, "a.md", &article("World", "2026-02-06"));
    let (code, value) = check_json(root, &["a.md"]);
    assert_eq!(code, 0, "{value}");
    assert_eq!(severities_of(&value, "a.md"), vec!["warning"; 5]);

    let output = run(root, &["init"]);
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("already exists"),
        "{}",
        output.stderr
    );
    assert_eq!(
        std::fs::read_to_string(root.join("article-lint.yaml")).unwrap(),
        text
    );
}

#[test]
fn style_knobs_and_override_styles_reach_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let body = "---\ntitle: Council approves new budget for city parks\n\
                subtitle: The plan adds money for parks across the city this year\n\
                author: Staff Reporter\npublished: 2026-02-06\nsection: World\ntags: [parks]\n\
                slug: parks\nlanguage: en\ndateline: LAHORE\n---\n\n\
                It will cost 5 percent more than last year, officials said.\n\n\
                About 3 people spoke against it.\n";
    write(root, "news/a.md", body);
    write(root, "wire/b.md", body);
    let codes_of = |value: &Value, suffix: &str| -> Vec<String> {
        findings(value)
            .into_iter()
            .filter(|(path, _, _)| path.ends_with(suffix))
            .map(|(_, code, _)| code)
            .collect()
    };
    let (_, value) = check_json(root, &["--isolated", "."]);
    assert_eq!(
        codes_of(&value, "news/a.md"),
        ["number/percent", "number/spell-out"]
    );
    write(
        root,
        "article-lint.yaml",
        "style:\n  preset: ap\n  percent: percent\n  numbers:\n    spell_max: 0\n\
         overrides:\n  - files: [wire]\n    style: {spell_max: 9}\n",
    );
    let (_, value) = check_json(root, &["."]);
    assert!(codes_of(&value, "news/a.md").is_empty(), "{value}");
    assert_eq!(codes_of(&value, "wire/b.md"), ["number/spell-out"]);
}

#[test]
fn run_problems_under_rules_are_exit_2_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "article-lint.yaml", "rules: {io/read: off}\n");
    write(root, "a.md", &article("World", "2026-02-06"));
    let output = check_text(root, &["a.md", "--format", "concise"]);
    assert_eq!(output.code, 2, "{}", output.stdout);
    assert!(
        output.stdout.contains(
            "article-lint.yaml:1:9: error[config/invalid] `io/read` cannot be set under `rules:`"
        ),
        "{}",
        output.stdout
    );
    assert!(!output.stdout.contains("schema/recommended"));
}

#[test]
fn style_knob_errors_name_the_knob_and_its_bound_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "a.md", &article("World", "2026-02-06"));
    write(
        root,
        "article-lint.yaml",
        "style: {preset: ap, spell_max: 1000000000000}\n",
    );
    let output = check_text(root, &["a.md", "--format", "concise"]);
    assert_eq!(output.code, 2, "{}", output.stdout);
    assert!(
        output
            .stdout
            .contains("style knob `spell_max` must be a whole number from 0 to 4294967295"),
        "{}",
        output.stdout
    );

    // A mapping cannot be a preset name: the mapping's own error is the message, on
    // the knob.
    write(
        root,
        "article-lint.yaml",
        "style: {preset: british, spell_max: nine}\n",
    );
    let output = check_text(root, &["a.md", "--format", "concise"]);
    assert_eq!(output.code, 2, "{}", output.stdout);
    assert!(
        output.stdout.contains(
            "article-lint.yaml:1:37: error[schema/type] `style.spell_max` must be a whole number"
        ),
        "{}",
        output.stdout
    );
    assert!(
        !output.stdout.contains("allowed forms"),
        "{}",
        output.stdout
    );
}
