//! End-to-end tests of the `article-lint` binary: exit codes, formats, stdin and every
//! bad-input case, run from the workspace root on the bundled fixtures.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

/// Every test pins the reference day.
const TODAY: &str = "2026-11-30";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut command = Command::cargo_bin("article-lint").expect("binary built");
    command.current_dir(dir).env_remove("NO_COLOR").args(args);
    let output = match stdin {
        Some(input) => {
            use std::io::Write;
            use std::process::Stdio;
            let mut child = command
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            child.stdin.take().unwrap().write_all(input).unwrap();
            child.wait_with_output().unwrap()
        }
        None => command.output().unwrap(),
    };
    Output {
        code: output.status.code().expect("exited normally"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn check(args: &[&str]) -> Output {
    let mut full = vec!["check", "--today", TODAY, "--color", "never"];
    full.extend_from_slice(args);
    run_in(&workspace(), &full, None)
}

fn json(args: &[&str]) -> (i32, Value) {
    let mut full = vec!["--format", "json"];
    full.extend_from_slice(args);
    let output = check(&full);
    let value = serde_json::from_str(&output.stdout)
        .unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{}", output.stdout));
    (output.code, value)
}

fn codes_of(value: &Value) -> Vec<String> {
    value["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|file| file["diagnostics"].as_array().unwrap().iter())
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn valid_fixtures_are_clean_and_exit_zero() {
    let output = check(&["fixtures/valid"]);
    assert_eq!(output.code, 0, "{}{}", output.stdout, output.stderr);
    assert!(
        output.stdout.contains("no problems in 3 files"),
        "{}",
        output.stdout
    );
}

#[test]
fn each_invalid_fixture_reports_its_defect_and_exits_one() {
    let cases = [
        ("missing-required-fields.md", "schema/required"),
        ("wrong-field-types.md", "schema/type"),
        ("wrong-field-types.md", "schema/format"),
        ("wrong-field-types.md", "schema/pattern"),
        ("wrong-field-types.md", "schema/unique-items"),
        (
            "unterminated-front-matter.md",
            "parse/front-matter-unterminated",
        ),
        ("no-front-matter.md", "parse/front-matter-missing"),
        ("malformed-yaml.md", "parse/yaml"),
        ("duplicate-key.md", "parse/duplicate-key"),
        (
            "front-matter-not-a-mapping.md",
            "parse/front-matter-not-mapping",
        ),
        ("empty.md", "parse/empty"),
        ("invalid-utf8.md", "parse/utf8"),
        ("binary-content.md", "parse/binary"),
        ("billion-laughs.md", "parse/yaml-limits"),
    ];
    for (file, code) in cases {
        let path = format!("fixtures/invalid/{file}");
        let output = check(&["--format", "concise", &path]);
        assert_eq!(output.code, 1, "{file}: {}{}", output.stdout, output.stderr);
        let expected = format!("error[{code}]");
        assert!(
            output
                .stdout
                .lines()
                .any(|line| line.starts_with(&path) && line.contains(&expected)),
            "{file} should report {code}:\n{}",
            output.stdout
        );
    }
}

#[test]
fn concise_lines_have_path_line_column_severity_code_message() {
    let output = check(&["--format", "concise", "fixtures/invalid/duplicate-key.md"]);
    let line = output.stdout.lines().next().unwrap();
    // The second `title:` is on line 6.
    assert!(
        line.starts_with("fixtures/invalid/duplicate-key.md:6:1: error[parse/duplicate-key] "),
        "{line}"
    );
    assert!(
        output.stdout.trim_end().ends_with("in 1 of 1 file"),
        "{}",
        output.stdout
    );
}

#[test]
fn json_report_is_versioned_and_lists_every_file() {
    let (code, value) = json(&["fixtures"]);
    assert_eq!(code, 1);
    assert_eq!(value["version"], 1);
    let files = value["files"].as_array().unwrap();
    let fixture_count = ["fixtures/valid", "fixtures/invalid"]
        .iter()
        .map(|dir| std::fs::read_dir(workspace().join(dir)).unwrap().count())
        .sum::<usize>();
    assert_eq!(
        files.len(),
        fixture_count,
        "every file appears, even clean ones"
    );
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted, "files are reported in path order");
    let summary = &value["summary"];
    assert_eq!(summary["files_checked"], fixture_count);
    let errors = codes_of(&value).len();
    let counted = summary["errors"].as_u64().unwrap()
        + summary["warnings"].as_u64().unwrap()
        + summary["infos"].as_u64().unwrap();
    assert_eq!(counted as usize, errors);
}

#[test]
fn json_spans_carry_bytes_lines_and_scalar_columns() {
    let (_, value) = json(&["fixtures/invalid/duplicate-key.md"]);
    let diagnostic = &value["files"][0]["diagnostics"][0];
    assert_eq!(diagnostic["code"], "parse/duplicate-key");
    let span = &diagnostic["span"];
    let text =
        std::fs::read_to_string(workspace().join("fixtures/invalid/duplicate-key.md")).unwrap();
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    assert_eq!(&text[start..end], "title");
    assert_eq!(
        (span["line"].as_u64(), span["column"].as_u64()),
        (Some(6), Some(1))
    );
    assert_eq!(span["end_column"], 6);
    assert_eq!(
        diagnostic["labels"][0]["span"]["line"], 2,
        "first definition labelled"
    );
}

#[test]
fn stdin_is_checked_under_its_stdin_filename() {
    let text =
        std::fs::read(workspace().join("fixtures/invalid/missing-required-fields.md")).unwrap();
    let output = run_in(
        &workspace(),
        &[
            "check",
            "--today",
            TODAY,
            "--format",
            "concise",
            "--stdin-filename",
            "news/outage.md",
            "-",
        ],
        Some(&text),
    );
    assert_eq!(output.code, 1);
    assert!(
        output.stdout.starts_with("news/outage.md:"),
        "{}",
        output.stdout
    );
    assert!(output.stdout.contains("schema/required"));
}

#[test]
fn usage_and_io_failures_exit_two() {
    let failures: [&[&str]; 6] = [
        &["no/such/folder"],
        &["--today", "06/02/2026", "fixtures/valid"],
        &["--style", "guardian", "fixtures/valid"],
        &["--schema", "no/such/schema.json", "fixtures/valid"],
        &["-", "fixtures/valid"],
        &["--include", "a[", "fixtures/valid"],
    ];
    for args in failures {
        let output = check(args);
        assert_eq!(
            output.code, 2,
            "{args:?}: {}{}",
            output.stdout, output.stderr
        );
        assert!(
            !output.stderr.is_empty(),
            "{args:?} explains itself on stderr"
        );
    }
    let output = check(&["no/such/folder"]);
    assert!(
        output.stderr.contains("no/such/folder"),
        "{}",
        output.stderr
    );
}

#[test]
fn unknown_subcommand_and_flag_are_usage_errors() {
    assert_eq!(run_in(&workspace(), &["lint-it"], None).code, 2);
    assert_eq!(check(&["--no-such-flag"]).code, 2);
}

#[cfg(target_os = "linux")]
#[test]
fn unreadable_file_is_an_io_failure() {
    // /proc/self/mem opens but cannot be read at offset 0: a real read error that
    // also happens as root (where permission bits do not stop reads).
    let output = check(&["--format", "concise", "/proc/self/mem"]);
    assert_eq!(output.code, 2, "{}{}", output.stdout, output.stderr);
    assert!(
        output
            .stdout
            .contains("error[io/read] cannot read /proc/self/mem"),
        "{}",
        output.stdout
    );
}

#[test]
fn a_folder_without_articles_warns_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not an article").unwrap();
    let output = check(&[dir.path().to_str().unwrap()]);
    assert_eq!(output.code, 0, "{}", output.stderr);
    assert!(
        output
            .stderr
            .contains("warning: no article files (.md, .markdown) found under"),
        "{}",
        output.stderr
    );
    assert!(
        output.stdout.contains("no problems in 0 files"),
        "{}",
        output.stdout
    );
    // A folder with articles says nothing of the kind.
    let found = check(&["fixtures/valid"]);
    assert!(
        !found.stderr.contains("no article files"),
        "{}",
        found.stderr
    );
}

#[test]
fn remote_schema_ref_is_refused_without_network() {
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("remote.json");
    std::fs::write(
        &schema,
        r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"https://example.com/article.json"}"#,
    )
    .unwrap();
    let output = check(&["--schema", schema.to_str().unwrap(), "fixtures/valid"]);
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("https://example.com/article.json"),
        "{}",
        output.stderr
    );
}

#[test]
fn user_schema_replaces_the_bundled_one() {
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("strict.json");
    std::fs::write(
        &schema,
        r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","required":["editor"]}"#,
    )
    .unwrap();
    let (code, value) = json(&[
        "--schema",
        schema.to_str().unwrap(),
        "fixtures/valid/budget-talks-resume.md",
    ]);
    assert_eq!(code, 1);
    let diagnostic = &value["files"][0]["diagnostics"][0];
    assert_eq!(diagnostic["code"], "schema/required");
    assert!(diagnostic["message"].as_str().unwrap().contains("editor"));
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, text).unwrap();
    path
}

const WARNINGS_ONLY: &str = "---
title: Provincial assembly passes amended local government bill
author: Staff Reporter
published: 2026-02-06
section: Pakistan
---

The provincial assembly passed the amended bill after a long debate.
";

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", WARNINGS_ONLY);
    let base = ["check", "--today", TODAY, "--format", "concise", "a.md"];
    let output = run_in(dir.path(), &base, None);
    assert_eq!(output.code, 0, "{}", output.stdout);
    assert!(
        output.stdout.contains("warning[schema/recommended]"),
        "{}",
        output.stdout
    );
    let mut strict = base.to_vec();
    strict.push("--deny-warnings");
    assert_eq!(run_in(dir.path(), &strict, None).code, 1);
}

#[test]
fn walking_respects_gitignore_include_and_exclude() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".gitignore", "drafts/\n");
    write(dir.path(), "news/a.md", WARNINGS_ONLY);
    write(dir.path(), "drafts/b.md", "not an article");
    write(dir.path(), "wire/c.md", "not an article");
    write(dir.path(), "notes.txt", "not an article");
    let files = |extra: &[&str]| {
        let mut args = vec!["check", "--today", TODAY, "--format", "json"];
        args.extend_from_slice(extra);
        let output = run_in(dir.path(), &args, None);
        let value: Value = serde_json::from_str(&output.stdout).unwrap();
        value["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(files(&["--exclude", "wire"]), ["./news/a.md"]);
    assert_eq!(files(&["--include", "wire/**"]), ["./wire/c.md"]);
    // Explicit files are still filtered by excludes.
    assert!(files(&["--exclude", "wire/**", "wire/c.md", "news/a.md"]) == ["news/a.md"]);
}

#[test]
fn oversized_file_is_rejected_with_a_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("---\ntitle: Too big\n---\n");
    text.push_str(&"word ".repeat(2 * 1024 * 1024));
    write(dir.path(), "big.md", &text);
    let output = run_in(
        dir.path(),
        &["check", "--today", TODAY, "--format", "concise", "big.md"],
        None,
    );
    assert_eq!(output.code, 1);
    assert!(
        output.stdout.contains("error[parse/too-large]"),
        "{}",
        output.stdout
    );
}

#[test]
fn color_follows_the_flag() {
    let always = run_in(
        &workspace(),
        &[
            "check",
            "--today",
            TODAY,
            "--color",
            "always",
            "fixtures/invalid/duplicate-key.md",
        ],
        None,
    );
    assert!(
        always.stdout.contains('\u{1b}'),
        "colored output has escape codes"
    );
    let never = check(&["fixtures/invalid/duplicate-key.md"]);
    assert!(!never.stdout.contains('\u{1b}'));
    // `auto` never colors a pipe.
    let auto = run_in(
        &workspace(),
        &[
            "check",
            "--today",
            TODAY,
            "fixtures/invalid/duplicate-key.md",
        ],
        None,
    );
    assert!(!auto.stdout.contains('\u{1b}'));
}

#[test]
fn output_is_deterministic_across_runs() {
    let first = check(&["--format", "concise", "fixtures"]);
    let second = check(&["--format", "concise", "fixtures"]);
    assert_eq!(first.stdout, second.stdout);
}

/// Snapshots of the human rendering and the JSON of every fixture.
#[test]
fn fixture_snapshots() {
    let mut fixtures: Vec<PathBuf> = ["fixtures/valid", "fixtures/invalid"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(workspace().join(dir)).unwrap())
        .map(|entry| entry.unwrap().path())
        .collect();
    fixtures.sort();
    for fixture in fixtures {
        let relative = fixture
            .strip_prefix(workspace())
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let name = relative.replace(['/', '.'], "_");
        let human = check(&[&relative]);
        insta::assert_snapshot!(format!("{name}_human"), human.stdout);
        let (_, value) = json(&[&relative]);
        insta::assert_json_snapshot!(format!("{name}_json"), value);
    }
}

/// `--color auto` colors a terminal unless NO_COLOR is set. Needs a pseudo-terminal:
/// util-linux `script` provides one (it is on the Debian images CI runs on).
#[test]
fn auto_color_follows_the_terminal_and_no_color() {
    let binary = assert_cmd::cargo::cargo_bin("article-lint");
    let command = format!(
        "{} check --today {TODAY} fixtures/invalid/duplicate-key.md",
        binary.display()
    );
    let in_terminal = |no_color: Option<&str>| {
        let mut script = Command::new("script");
        script
            .current_dir(workspace())
            .args(["-qec", &command, "/dev/null"])
            .env_remove("NO_COLOR");
        if let Some(value) = no_color {
            script.env("NO_COLOR", value);
        }
        let output = script.output().expect("util-linux `script` is installed");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    assert!(
        in_terminal(None).contains('\u{1b}'),
        "a terminal gets colors"
    );
    assert!(
        !in_terminal(Some("1")).contains('\u{1b}'),
        "NO_COLOR turns them off"
    );
    assert!(
        in_terminal(Some("")).contains('\u{1b}'),
        "an empty NO_COLOR does not"
    );
}

#[test]
fn ignore_turns_off_codes_and_families_and_rejects_typos() {
    let path = "fixtures/invalid/missing-required-fields.md";
    let all = check(&["--format", "concise", path]);
    assert!(all.stdout.contains("schema/recommended"));
    let quiet = check(&[
        "--format",
        "concise",
        "--ignore",
        "schema/recommended",
        path,
    ]);
    assert!(
        !quiet.stdout.contains("schema/recommended"),
        "{}",
        quiet.stdout
    );
    assert!(quiet.stdout.contains("schema/required"));
    let family = check(&["--format", "concise", "--ignore", "schema", path]);
    assert!(!family.stdout.contains("schema/"), "{}", family.stdout);
    assert_eq!(family.code, 0);
    let typo = check(&["--ignore", "schema/recomended", path]);
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr.contains("did you mean `schema/recommended`"),
        "{}",
        typo.stderr
    );
}

#[test]
fn a_huge_file_is_rejected_by_its_size_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.md");
    // A sparse 16 GiB file: reading it whole would exhaust memory.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(1 << 34)
        .unwrap();
    let output = run_in(
        dir.path(),
        &["check", "--today", TODAY, "--format", "concise", "huge.md"],
        None,
    );
    assert_eq!(output.code, 1);
    assert!(
        output
            .stdout
            .contains("error[parse/too-large] the file is 17179869184 bytes"),
        "{}",
        output.stdout
    );
}

const SHORT_FRONT_MATTER: &str = "---
title: Finance ministry and lenders resume talks
author: A
published: 2026-03-12
section: Business
---

";

fn human_in(dir: &Path, file: &str) -> Output {
    run_in(
        dir,
        &[
            "check",
            "--today",
            TODAY,
            "--isolated",
            "--color",
            "never",
            "--ignore",
            "schema/recommended",
            file,
        ],
        None,
    )
}

#[test]
fn human_report_of_a_finding_past_column_65535_does_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut bad_utf8 = SHORT_FRONT_MATTER.as_bytes().to_vec();
    bad_utf8.extend(std::iter::repeat_n(b'x', 70_000));
    bad_utf8.extend(b"\xff\n");
    std::fs::write(dir.path().join("utf8.md"), bad_utf8).unwrap();
    let prose = format!(
        "{SHORT_FRONT_MATTER}{} Police said 3 people were hurt.\n",
        "x".repeat(65_540)
    );
    write(dir.path(), "prose.md", &prose);

    let output = human_in(dir.path(), "utf8.md");
    assert_eq!(output.code, 1, "{}{}", output.stdout, output.stderr);
    assert!(
        output.stdout.contains("utf8.md:8:70001"),
        "{}",
        output.stdout
    );
    assert!(output.stdout.contains("parse/utf8"), "{}", output.stdout);

    let output = human_in(dir.path(), "prose.md");
    assert_eq!(output.code, 0, "{}{}", output.stdout, output.stderr);
    assert!(
        output.stdout.contains("prose.md:8:65554"),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.contains("number/spell-out"),
        "{}",
        output.stdout
    );
    // The unreadable line is not printed.
    assert!(output.stdout.len() < 2_000, "{}", output.stdout.len());
}

#[test]
fn human_header_counts_columns_in_scalars_like_the_other_formats() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "accents.md",
        &format!("{SHORT_FRONT_MATTER}Café — naïve 3 dogs ran.\n"),
    );
    write(dir.path(), "bom.md", "\u{feff}---\ntitle: x\n");
    let output = human_in(dir.path(), "accents.md");
    assert!(
        output.stdout.contains("╭─[accents.md:8:14]"),
        "{}",
        output.stdout
    );
    let output = human_in(dir.path(), "bom.md");
    assert!(
        output.stdout.contains("╭─[bom.md:1:1]"),
        "{}",
        output.stdout
    );
}

#[test]
fn human_snippets_read_from_the_line_index_show_what_the_whole_text_showed() {
    // The snippet reader starts near each finding, not at the top of the file: a
    // span over several lines with context, and one far down, in a file with a BOM,
    // CRLF line endings and multi-byte characters, show as they did when the whole
    // text was read for each.
    let dir = tempfile::tempdir().unwrap();
    let mut text = "\u{feff}---\r\ntitle: Café owners and lenders resume talks\r\n\
                    author: Zoë Khan\r\ntags:\r\n  économie: 1\r\n  talks: 2\r\n\
                    published: 2026-03-12\r\nsection: Business\r\n---\r\n"
        .to_owned();
    for i in 1..30 {
        text.push_str(&format!("Paragraph {i} — the café stayed shut.\r\n\r\n"));
    }
    text.push_str("Zoë said 3 people were hurt.\r\nThe café reopened.\r\n");
    write(dir.path(), "multi-line.md", &text);
    let output = human_in(dir.path(), "multi-line.md");
    assert_eq!(
        output.stdout,
        "\
schema/type

  × `tags` must be a list, found a mapping
   ╭─[multi-line.md:5:3]
 4 │     tags:
 5 │ ╭─▶   économie: 1
 6 │ ├─▶   talks: 2
   · ╰──── expected a list
 7 │     published: 2026-03-12
   ╰────
  = note: schema keyword path: /properties/tags/type

number/spell-out

  ⚠ spell out `3` as `three`
    ╭─[multi-line.md:68:10]
 67 │ 
 68 │ Zoë said 3 people were hurt.
    ·          ┬
    ·          ╰── small number in figures
 69 │ The café reopened.
    ╰────
  help: the house style spells out whole numbers up to 9 in running text
        fix (safe, --fix): replace `3` with `three`

1 error, 1 warning in 1 of 1 file
"
    );
}

/// Runs the binary in `dir` with `input` on stdin, written from a thread (the output
/// may start before all the input is read); stdout is returned as bytes.
fn run_piped(dir: &Path, args: &[&str], input: Vec<u8>) -> (i32, Vec<u8>, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::cargo_bin("article-lint")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        output.status.code().expect("exited normally"),
        output.stdout,
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn fix_on_stdin_over_the_limit_echoes_the_whole_input() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = SHORT_FRONT_MATTER.as_bytes().to_vec();
    let paragraph = "Officials said the talks would continue next week. ".repeat(100) + "\n\n";
    while input.len() < 10_000_000 {
        input.extend_from_slice(paragraph.as_bytes());
    }
    let args = [
        "check",
        "--fix",
        "-",
        "--isolated",
        "--today",
        TODAY,
        "--color",
        "never",
    ];
    let (code, stdout, stderr) = run_piped(dir.path(), &args, input.clone());
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stdout.len(), input.len(), "{stderr}");
    assert!(stdout == input, "the text comes back unchanged");
    assert!(
        stderr.contains("standard input is longer than the limit of 8388608 bytes (8 MiB)"),
        "{stderr}"
    );
    // Checking alone does not claim a size it never read.
    let (code, stdout, _) = run_piped(
        dir.path(),
        &[
            "check",
            "-",
            "--isolated",
            "--today",
            TODAY,
            "--format",
            "concise",
        ],
        input,
    );
    let stdout = String::from_utf8(stdout).unwrap();
    assert_eq!(code, 1);
    assert!(
        stdout.contains("-:1:1: error[parse/too-large] standard input is longer than the limit"),
        "{stdout}"
    );
}

#[cfg(unix)]
#[test]
fn fix_and_output_file_leave_read_only_files_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{SHORT_FRONT_MATTER}Police said 3 people were hurt.\n");
    let article = write(dir.path(), "locked.md", &text);
    let report = write(dir.path(), "report.json", "old report\n");
    for path in [&article, &report] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o444)).unwrap();
    }
    // Checked by the permission bits, so this holds when the tests run as root too.
    let output = run_in(
        dir.path(),
        &[
            "check",
            "--fix",
            "--isolated",
            "--today",
            TODAY,
            "--format",
            "concise",
            "locked.md",
        ],
        None,
    );
    assert_eq!(output.code, 2, "{}{}", output.stdout, output.stderr);
    assert!(
        output
            .stderr
            .contains("cannot write fixes to locked.md: the file is read-only"),
        "{}",
        output.stderr
    );
    assert_eq!(std::fs::read_to_string(&article).unwrap(), text);

    let output = run_in(
        dir.path(),
        &[
            "check",
            "--isolated",
            "--today",
            TODAY,
            "--format",
            "json",
            "--output-file",
            "report.json",
            "locked.md",
        ],
        None,
    );
    assert_eq!(output.code, 2, "{}{}", output.stdout, output.stderr);
    assert!(
        output
            .stderr
            .contains("cannot write the report to report.json: the file is read-only"),
        "{}",
        output.stderr
    );
    assert_eq!(std::fs::read_to_string(&report).unwrap(), "old report\n");
}

/// A command for the binary that runs as an ordinary user, so permission bits count:
/// as root, through `setpriv` as `nobody` (None when that is not possible).
#[cfg(unix)]
fn unprivileged(dir: &Path, args: &[&str]) -> Option<Output> {
    use std::os::unix::fs::PermissionsExt;
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| output.stdout.starts_with(b"0\n"));
    let binary = assert_cmd::cargo::cargo_bin("article-lint");
    let mut command = if root {
        if Command::new("setpriv").arg("--version").output().is_err() {
            return None;
        }
        // `nobody` must reach the temporary folder.
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut command = Command::new("setpriv");
        command
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(binary);
        command
    } else {
        Command::new(binary)
    };
    let output = command.current_dir(dir).args(args).output().unwrap();
    Some(Output {
        code: output.status.code().expect("exited normally"),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    })
}

#[cfg(unix)]
#[test]
fn an_unreadable_folder_is_reported_and_the_walk_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{SHORT_FRONT_MATTER}Police said 3 people were hurt.\n");
    write(dir.path(), "work/news/a.md", &text);
    write(dir.path(), "work/private/b.md", &text);
    let private = dir.path().join("work/private");
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o000)).unwrap();
    let args = [
        "check",
        "work",
        "--isolated",
        "--today",
        TODAY,
        "--ignore",
        "schema/recommended",
        "--format",
        "json",
    ];
    let output = unprivileged(dir.path(), &args);
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o755)).unwrap();
    let Some(output) = output else { return };
    assert_eq!(output.code, 2, "{}{}", output.stdout, output.stderr);
    let value: Value = serde_json::from_str(&output.stdout)
        .unwrap_or_else(|e| panic!("invalid JSON ({e}): {}{}", output.stdout, output.stderr));
    let files = value["files"].as_array().unwrap();
    assert_eq!(files[0]["path"], "work/news/a.md");
    assert_eq!(files[0]["diagnostics"][0]["code"], "number/spell-out");
    assert_eq!(files[1]["path"], "work/private");
    assert_eq!(files[1]["diagnostics"][0]["code"], "io/read");
    assert_eq!(
        files[1]["diagnostics"][0]["message"],
        "cannot read the folder work/private: Permission denied"
    );
}

#[cfg(unix)]
#[test]
fn diff_names_a_file_it_cannot_read() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{SHORT_FRONT_MATTER}Police said 3 people were hurt.\n");
    let secret = write(dir.path(), "secret.md", &text);
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    let args = [
        "check",
        "secret.md",
        "--diff",
        "--isolated",
        "--today",
        TODAY,
    ];
    let Some(output) = unprivileged(dir.path(), &args) else {
        return;
    };
    assert_eq!(output.code, 2, "{}{}", output.stdout, output.stderr);
    assert_eq!(output.stdout, "");
    assert!(
        output
            .stderr
            .contains("error: cannot read secret.md: Permission denied"),
        "{}",
        output.stderr
    );
}

#[test]
fn baseline_paths_are_relative_to_the_baseline_folder_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{SHORT_FRONT_MATTER}Police said 3 people were hurt on Feb. 30.\n");
    let article = write(dir.path(), "news/a.md", &text);
    let news = dir.path().join("news");
    let common = [
        "--isolated",
        "--ignore",
        "schema/recommended",
        "--today",
        TODAY,
    ];
    let run = |folder: &Path, extra: &[&str]| {
        let mut args = vec!["check", "--format", "concise"];
        args.extend_from_slice(&common);
        args.extend_from_slice(extra);
        run_in(folder, &args, None)
    };
    // Written from a subfolder, the path is still relative to the baseline's folder.
    let written = run(&news, &["--write-baseline", "../baseline.json", "."]);
    assert_eq!(written.code, 0, "{}{}", written.stdout, written.stderr);
    let baseline: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("baseline.json")).unwrap())
            .unwrap();
    let paths: Vec<&str> = baseline["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["path"].as_str().unwrap())
        .collect();
    assert!(!paths.is_empty());
    assert!(paths.iter().all(|path| *path == "news/a.md"), "{paths:?}");

    // Used from the root and from the subfolder, it hides the same findings.
    for (folder, baseline, target) in [
        (dir.path(), "baseline.json", "news"),
        (news.as_path(), "../baseline.json", "."),
        (news.as_path(), "../baseline.json", "a.md"),
    ] {
        let output = run(folder, &["--baseline", baseline, target]);
        assert_eq!(output.code, 0, "{}{}", output.stdout, output.stderr);
        assert!(
            output.stdout.contains("hidden by baseline") && !output.stdout.contains("error["),
            "{}",
            output.stdout
        );
    }
    // `--fix --baseline` from the subfolder leaves the baselined archive alone.
    let output = run(&news, &["--fix", "--baseline", "../baseline.json", "."]);
    assert_eq!(output.code, 0, "{}{}", output.stdout, output.stderr);
    assert_eq!(std::fs::read_to_string(&article).unwrap(), text);
}

#[test]
fn one_file_named_twice_is_checked_and_fixed_once() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{SHORT_FRONT_MATTER}Police said 3 people were hurt.\n");
    let article = write(dir.path(), "news/a.md", &text);
    let absolute = article.to_str().unwrap();
    let common = [
        "check",
        "--isolated",
        "--ignore",
        "schema/recommended",
        "--today",
        TODAY,
    ];
    let mut args = common.to_vec();
    args.extend(["--format", "json", "news/a.md", absolute, "news/../news"]);
    let output = run_in(dir.path(), &args, None);
    let value: Value = serde_json::from_str(&output.stdout).unwrap();
    let paths: Vec<&str> = value["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["news/a.md"]);
    assert_eq!(value["summary"]["warnings"], 1);

    let mut args = common.to_vec();
    args.extend(["--fix", "--format", "concise", "news/a.md", absolute]);
    let output = run_in(dir.path(), &args, None);
    assert_eq!(output.code, 0, "{}{}", output.stdout, output.stderr);
    assert!(
        output.stderr.contains("fixed 1 finding in 1 file"),
        "{}",
        output.stderr
    );
    assert!(
        std::fs::read_to_string(&article)
            .unwrap()
            .contains("Police said three people")
    );
}

#[test]
fn every_schema_keyword_code_is_registered() {
    let dir = tempfile::tempdir().unwrap();
    let schema = write(
        dir.path(),
        "strict.json",
        r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
            "maxProperties":2,"not":{"required":["section"]}}"#,
    );
    write(
        dir.path(),
        "a.md",
        &format!("{SHORT_FRONT_MATTER}The talks resume on Monday.\n"),
    );
    let schema = schema.to_str().unwrap();
    let base = [
        "check",
        "--isolated",
        "--today",
        TODAY,
        "--format",
        "concise",
        "--schema",
        schema,
    ];
    let mut args = base.to_vec();
    args.push("a.md");
    let output = run_in(dir.path(), &args, None);
    assert!(
        output.stdout.contains("error[schema/not]")
            && output.stdout.contains("error[schema/max-properties]"),
        "{}{}",
        output.stdout,
        output.stderr
    );
    // Each can be turned off on its own.
    let mut args = base.to_vec();
    args.extend([
        "--ignore",
        "schema/not",
        "--ignore",
        "schema/max-properties",
        "a.md",
    ]);
    let output = run_in(dir.path(), &args, None);
    assert_eq!(output.code, 0, "{}{}", output.stdout, output.stderr);

    let rules = run_in(dir.path(), &["rules"], None);
    for code in [
        "schema/not",
        "schema/contains",
        "schema/property-names",
        "schema/min-properties",
        "schema/max-properties",
        "schema/false-schema",
        "schema/multiple-of",
        "schema/exclusive-minimum",
        "schema/unevaluated-properties",
    ] {
        assert!(rules.stdout.contains(code), "{code} not in `rules`");
        let explain = run_in(dir.path(), &["explain", code], None);
        assert_eq!(explain.code, 0, "explain {code}: {}", explain.stderr);
    }
}

#[test]
fn configuration_errors_speak_of_the_configuration_file() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "article-lint.yaml",
        "rules:\n  number/spell-out: off\n  number/spell-out: error\n",
    );
    write(dir.path(), "a.md", &format!("{SHORT_FRONT_MATTER}Body.\n"));
    let output = run_in(
        dir.path(),
        &["check", "--today", TODAY, "--format", "concise", "a.md"],
        None,
    );
    assert_eq!(output.code, 2, "{}{}", output.stdout, output.stderr);
    assert!(
        output.stdout.contains(
            "article-lint.yaml:3:3: error[config/invalid] duplicate key `number/spell-out` in the configuration file"
        ),
        "{}",
        output.stdout
    );
    assert!(!output.stdout.contains("front matter"), "{}", output.stdout);
    assert!(
        output
            .stdout
            .contains("1 error in the configuration; no article checked"),
        "{}",
        output.stdout
    );
}

#[test]
fn explain_lists_a_family_and_never_suggests_the_input() {
    let dir = tempfile::tempdir().unwrap();
    for family in ["number", "number/*"] {
        let output = run_in(dir.path(), &["explain", family], None);
        assert_eq!(output.code, 0, "{}", output.stderr);
        assert!(
            output.stdout.contains("number/spell-out") && output.stdout.contains("number/conflict"),
            "{}",
            output.stdout
        );
    }
    let output = run_in(dir.path(), &["explain", "nosuch/*"], None);
    assert_eq!(output.code, 2);
    assert!(
        !output.stderr.contains("did you mean `nosuch/*`"),
        "{}",
        output.stderr
    );
}

#[test]
fn articles_all_left_out_by_globs_are_not_called_missing() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{SHORT_FRONT_MATTER}Body.\n");
    write(dir.path(), "drafts/x.md", &text);
    write(dir.path(), "news/y.md", &text);
    for extra in [
        ["drafts/x.md", "--exclude", "drafts/**"],
        ["news", "--include", "wire/**"],
    ] {
        let mut args = vec!["check", "--isolated", "--today", TODAY];
        args.extend(extra);
        let output = run_in(dir.path(), &args, None);
        assert_eq!(output.code, 0, "{}", output.stderr);
        assert!(
            output.stderr.contains(&format!(
                "warning: no article files to check under {}: 1 article file left out by --include/--exclude",
                extra[0]
            )),
            "{}",
            output.stderr
        );
    }
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_and_dangling_links_say_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("loop2.md", dir.path().join("loop1.md")).unwrap();
    std::os::unix::fs::symlink("loop1.md", dir.path().join("loop2.md")).unwrap();
    std::os::unix::fs::symlink("nowhere.md", dir.path().join("dangling.md")).unwrap();
    let output = run_in(dir.path(), &["check", "--isolated", "loop1.md"], None);
    assert_eq!(output.code, 2);
    assert!(
        output
            .stderr
            .contains("error: loop1.md: Too many levels of symbolic links"),
        "{}",
        output.stderr
    );
    let output = run_in(dir.path(), &["check", "--isolated", "dangling.md"], None);
    assert_eq!(output.code, 2);
    assert!(
        output
            .stderr
            .contains("error: dangling.md: a symbolic link to nowhere.md, which does not exist"),
        "{}",
        output.stderr
    );
}

#[test]
fn cr_only_files_get_a_clear_help_and_a_clean_snippet() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "cr.md",
        "---\rtitle: Finance ministry\rauthor: A\r---\r\rbody \u{1b}[2J\r",
    );
    let output = human_in(dir.path(), "cr.md");
    assert_eq!(output.code, 1, "{}{}", output.stdout, output.stderr);
    assert!(
        output
            .stdout
            .contains("bare CR (classic Mac OS line endings)"),
        "{}",
        output.stdout
    );
    // The snippet is line 1, and writes no carriage return or escape to the terminal.
    assert!(output.stdout.contains(" 1 │ ---"), "{}", output.stdout);
    assert!(!output.stdout.contains('\r'), "{:?}", output.stdout);
    assert!(!output.stdout.contains('\u{1b}'), "{:?}", output.stdout);
}

#[test]
fn show_fixes_come_before_the_summary_line() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        &format!("{SHORT_FRONT_MATTER}Police said 3 people were hurt.\n"),
    );
    let output = run_in(
        dir.path(),
        &[
            "check",
            "--isolated",
            "--today",
            TODAY,
            "--format",
            "concise",
            "--fix",
            "--show-fixes",
            "a.md",
        ],
        None,
    );
    let last = output.stdout.lines().last().unwrap_or_default();
    assert!(last.ends_with(" of 1 file"), "{}", output.stdout);
    assert!(
        output
            .stdout
            .contains("a.md:8:13 number/spell-out: replace `3` with `three`"),
        "{}",
        output.stdout
    );
}

#[test]
fn statistics_refuses_formats_it_cannot_write() {
    for format in ["sarif", "github", "junit", "json-lines"] {
        let output = check(&["--statistics", "--format", format, "fixtures/valid"]);
        assert_eq!(output.code, 2, "{format}: {}", output.stdout);
        assert!(
            output.stderr.contains("--statistics prints a table"),
            "{}",
            output.stderr
        );
    }
    assert_eq!(
        check(&["--statistics", "--format", "json", "fixtures/valid"]).code,
        0
    );
}

#[test]
fn today_is_exactly_a_calendar_day_on_the_command_line_and_in_the_config() {
    for bad in ["2026-02-06T10:00:00+05:00", "+002026-01-01", "2026-1-1"] {
        let output = run_in(
            &workspace(),
            &["check", "--today", bad, "fixtures/valid"],
            None,
        );
        assert_eq!(output.code, 2, "--today {bad}");
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", &format!("{SHORT_FRONT_MATTER}Body.\n"));
    let output = run_in(dir.path(), &["init"], None);
    assert_eq!(output.code, 0, "{}", output.stderr);
    let template = std::fs::read_to_string(dir.path().join("article-lint.yaml")).unwrap();
    assert!(
        template.contains("--include replaces `include`"),
        "{template}"
    );
    assert!(!template.contains("merged with --include"), "{template}");
}

#[cfg(unix)]
#[test]
fn output_file_through_a_symbolic_link_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", &format!("{SHORT_FRONT_MATTER}Body.\n"));
    write(dir.path(), "reports/latest.txt", "old\n");
    std::os::unix::fs::symlink("reports/latest.txt", dir.path().join("report.txt")).unwrap();
    let output = run_in(
        dir.path(),
        &[
            "check",
            "--isolated",
            "--today",
            TODAY,
            "--format",
            "concise",
            "--output-file",
            "report.txt",
            "a.md",
        ],
        None,
    );
    assert_ne!(output.code, 2, "{}", output.stderr);
    let link = dir.path().join("report.txt");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let target = std::fs::read_to_string(dir.path().join("reports/latest.txt")).unwrap();
    assert!(target.contains("a.md:"), "{target}");
}

#[test]
fn run_problems_cannot_be_ignored() {
    for selector in ["io/read", "io/*", "config/invalid"] {
        let output = check(&["--ignore", selector, "fixtures/valid"]);
        assert_eq!(output.code, 2, "{selector}");
        assert!(
            output
                .stderr
                .contains(&format!("`{selector}` cannot be ignored")),
            "{}",
            output.stderr
        );
    }
}

#[test]
fn flags_that_cannot_apply_are_warned_about() {
    let output = check(&[
        "fixtures/valid",
        "--stdin-filename",
        "other.md",
        "--show-fixes",
        "--unsafe-fixes",
    ]);
    assert_eq!(output.code, 0, "{}{}", output.stdout, output.stderr);
    for flag in ["--stdin-filename", "--show-fixes", "--unsafe-fixes"] {
        assert!(
            output
                .stderr
                .contains(&format!("warning: {flag} has no effect")),
            "{flag}: {}",
            output.stderr
        );
    }
    // Where they apply, no warning.
    let output = check(&["fixtures/valid", "--diff", "--show-fixes", "--unsafe-fixes"]);
    assert!(!output.stderr.contains("no effect"), "{}", output.stderr);
    let output = check(&["fixtures/valid", "--statistics", "--unsafe-fixes"]);
    assert!(!output.stderr.contains("no effect"), "{}", output.stderr);
}
