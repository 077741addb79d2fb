//! `check --changed-since REF` in a temporary git repository.

mod common;

use common::{Output, article_lint, output_of};

use std::path::Path;
use std::process::Command;

const TODAY: &str = "2026-11-30";

fn clean_article() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/valid/budget-talks-resume.md");
    std::fs::read_to_string(path).unwrap()
}

fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A repository with `old.md`, `edited.md`, `gone.md` and `docs/kept.md` committed;
/// then `edited.md` changed, `gone.md` deleted, `staged.md` added to the index,
/// `new.md` untracked and `ignored.md` ignored.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let article = clean_article();
    git(root, &["init", "-q", "-b", "main"]);
    std::fs::create_dir(root.join("docs")).unwrap();
    for name in ["old.md", "edited.md", "gone.md", "docs/kept.md"] {
        std::fs::write(root.join(name), &article).unwrap();
    }
    std::fs::write(root.join(".gitignore"), "ignored.md\n").unwrap();
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "start"]);
    std::fs::write(root.join("edited.md"), article.replace("talks", "Talks")).unwrap();
    std::fs::remove_file(root.join("gone.md")).unwrap();
    std::fs::write(root.join("staged.md"), &article).unwrap();
    git(root, &["add", "staged.md"]);
    std::fs::write(root.join("new.md"), &article).unwrap();
    std::fs::write(root.join("ignored.md"), &article).unwrap();
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    let mut command = article_lint();
    command
        .current_dir(dir)
        .args(["check", "--today", TODAY, "--color", "never"])
        .args(args);
    output_of(command, None)
}

/// The paths a JSON report lists.
fn checked(dir: &Path, args: &[&str]) -> Vec<String> {
    let mut full = vec!["--format", "json"];
    full.extend_from_slice(args);
    let output = run(dir, &full);
    assert_ne!(output.code, 2, "{}{}", output.stdout, output.stderr);
    let value: serde_json::Value = serde_json::from_str(&output.stdout).unwrap();
    let mut paths: Vec<String> = value["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| {
            file["path"]
                .as_str()
                .unwrap()
                .trim_start_matches("./")
                .to_owned()
        })
        .collect();
    paths.sort();
    paths
}

#[test]
fn only_files_changed_since_the_ref_are_checked() {
    let repo = repository();
    assert_eq!(
        checked(repo.path(), &["--changed-since", "HEAD", "."]),
        ["edited.md", "new.md", "staged.md"]
    );
    // Without the flag, everything not ignored.
    assert_eq!(
        checked(repo.path(), &["."]),
        ["docs/kept.md", "edited.md", "new.md", "old.md", "staged.md"]
    );
}

#[test]
fn the_given_paths_still_limit_the_check() {
    let repo = repository();
    // Intersected with discovery: a changed file outside the given paths is skipped.
    assert_eq!(
        checked(
            repo.path(),
            &["--changed-since", "HEAD", "docs", "edited.md"]
        ),
        ["edited.md"]
    );
    // From a subfolder, the repository of the paths is found.
    std::fs::write(
        repo.path().join("docs/kept.md"),
        clean_article() + "\nMore.\n",
    )
    .unwrap();
    assert_eq!(
        checked(&repo.path().join("docs"), &["--changed-since", "HEAD", "."]),
        ["kept.md"]
    );
}

#[test]
fn nothing_changed_checks_nothing() {
    let repo = repository();
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "more"]);
    let output = run(repo.path(), &["--changed-since", "HEAD", "."]);
    assert_eq!(output.code, 0, "{}", output.stderr);
    assert!(output.stdout.contains("0 files"), "{}", output.stdout);
    // An older ref sees the commit's changes.
    assert_eq!(
        checked(repo.path(), &["--changed-since", "HEAD~1", "."]),
        ["edited.md", "new.md", "staged.md"]
    );
}

#[test]
fn a_bad_ref_or_no_repository_exits_2_with_gits_message() {
    let repo = repository();
    let output = run(repo.path(), &["--changed-since", "no-such-branch", "."]);
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("--changed-since"),
        "{}",
        output.stderr
    );
    assert!(
        output.stderr.contains("no-such-branch"),
        "{}",
        output.stderr
    );

    let plain = tempfile::tempdir().unwrap();
    std::fs::write(plain.path().join("a.md"), clean_article()).unwrap();
    let output = run(plain.path(), &["--changed-since", "main", "."]);
    assert_eq!(output.code, 2);
    assert!(
        output.stderr.contains("not a git repository"),
        "{}",
        output.stderr
    );

    let output = run(repo.path(), &["--changed-since=--output=x", "."]);
    assert_eq!(output.code, 2, "{}", output.stderr);
}
