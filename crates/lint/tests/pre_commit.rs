//! The real pre-commit framework runs this repository's `.pre-commit-hooks.yaml`
//! against a temporary git repository with a good and a bad article.
//!
//! The hook repository is a snapshot of this workspace (tracked and untracked, not
//! ignored, files) committed in a temporary git repository, so the test sees the
//! hooks as they are in the working tree. The hook script normally builds
//! article-lint in release mode from its checkout (about 5–8 minutes on two cores);
//! the test hands it the binary cargo just built (`ARTICLE_LINT_BIN`) instead, unless
//! `ARTICLE_LINT_TEST_HOOK_BUILD=1` asks for the full build.
//!
//! Without `pre-commit` on PATH the test is skipped with a message, except in CI
//! (`CI` set), where that is a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: &str = "2026-11-30";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// How to run pre-commit: `pre-commit` on PATH, else `python3 -m pre_commit` (pip
/// may put the script in a folder not on PATH).
fn pre_commit_command() -> Option<Vec<&'static str>> {
    [vec!["pre-commit"], vec!["python3", "-m", "pre_commit"]]
        .into_iter()
        .find(|command| {
            Command::new(command[0])
                .args(&command[1..])
                .arg("--version")
                .output()
                .is_ok_and(|output| output.status.success())
        })
}

fn git(dir: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// A git repository holding the workspace's files as they are now; returns its HEAD.
fn hook_repository(dir: &Path) -> String {
    let root = workspace();
    let listed = git(
        &root,
        &[
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ],
    );
    for name in listed.split('\0').filter(|name| !name.is_empty()) {
        let from = root.join(name);
        if !from.is_file() {
            continue; // deleted in the working tree
        }
        let to = dir.join(name);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&from, &to).unwrap(); // keeps the executable bit
    }
    git(dir, &["init", "-q"]);
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", "snapshot"]);
    git(dir, &["rev-parse", "HEAD"]).trim().to_owned()
}

fn pre_commit(site: &Path, home: &Path, args: &[&str]) -> (i32, String) {
    let program = pre_commit_command().expect("pre-commit available");
    let mut command = Command::new(program[0]);
    command
        .args(&program[1..])
        .current_dir(site)
        .args(args)
        .env("PRE_COMMIT_HOME", home)
        .env("PRE_COMMIT_COLOR", "never")
        .env_remove("NO_COLOR");
    if std::env::var_os("ARTICLE_LINT_TEST_HOOK_BUILD").is_some_and(|v| v == "1") {
        command.env_remove("ARTICLE_LINT_BIN").env(
            "CARGO_TARGET_DIR",
            workspace().join("target/pre-commit-hook"),
        );
    } else {
        command.env("ARTICLE_LINT_BIN", env!("CARGO_BIN_EXE_article-lint"));
    }
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().expect("pre-commit runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&stdout),
        String::from_utf8_lossy(&stderr)
    );
    (status.code().expect("exited normally"), text)
}

#[test]
fn the_hooks_pass_a_good_article_fail_a_bad_one_and_fix_a_fixable_one() {
    if pre_commit_command().is_none() {
        if std::env::var_os("CI").is_some() {
            panic!("pre-commit is not on PATH, and CI is set: install it (pip install pre-commit)");
        }
        eprintln!(
            "skipped: pre-commit is not on PATH (pip install pre-commit); in CI this test fails instead"
        );
        return;
    }
    let started = std::time::Instant::now();
    let hooks = tempfile::tempdir().unwrap();
    let rev = hook_repository(hooks.path());

    let site = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let fixtures = workspace().join("fixtures");
    git(site.path(), &["init", "-q"]);
    std::fs::copy(
        fixtures.join("valid/budget-talks-resume.md"),
        site.path().join("good.md"),
    )
    .unwrap();
    std::fs::copy(
        fixtures.join("invalid/missing-required-fields.md"),
        site.path().join("bad.md"),
    )
    .unwrap();
    std::fs::copy(
        fixtures.join("invalid/2026-02-05-date-and-number-errors.md"),
        site.path().join("fixable.md"),
    )
    .unwrap();
    let config = format!(
        "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: article-lint\n        args: [--today, \"{TODAY}\", --color, never]\n      - id: article-lint-fix\n        args: [--today, \"{TODAY}\", --color, never]\n",
        hooks.path().display()
    );
    std::fs::write(site.path().join(".pre-commit-config.yaml"), config).unwrap();
    git(site.path(), &["add", "-A"]);

    let (code, output) = pre_commit(
        site.path(),
        home.path(),
        &["run", "article-lint", "--files", "good.md"],
    );
    assert_eq!(code, 0, "{output}");
    assert!(output.contains("Passed"), "{output}");

    let (code, output) = pre_commit(
        site.path(),
        home.path(),
        &["run", "article-lint", "--files", "bad.md"],
    );
    assert_eq!(code, 1, "{output}");
    assert!(output.contains("Failed"), "{output}");
    assert!(output.contains("schema/required"), "{output}");
    assert!(output.contains("bad.md"), "{output}");

    // The fix hook rewrites what it can; pre-commit reports the modified file.
    let before = std::fs::read_to_string(site.path().join("fixable.md")).unwrap();
    let (code, output) = pre_commit(
        site.path(),
        home.path(),
        &["run", "article-lint-fix", "--files", "fixable.md"],
    );
    let after = std::fs::read_to_string(site.path().join("fixable.md")).unwrap();
    assert_eq!(code, 1, "{output}");
    assert_ne!(before, after, "{output}");
    assert!(after.contains("said seven suspects"), "{after}");
    assert!(
        output.contains("files were modified by this hook"),
        "{output}"
    );

    eprintln!("pre-commit test took {:.1?}", started.elapsed());
}
