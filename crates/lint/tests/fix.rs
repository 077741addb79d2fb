//! End-to-end tests of `check --fix`, `--unsafe-fixes`, `--diff`, `--show-fixes` and
//! `--statistics`, on copies of the bundled fixtures.

mod common;

use common::{Output, article_lint, output_of};

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Every test pins the reference day.
const TODAY: &str = "2026-11-30";

/// The fixture with date and number findings that have fixes.
const FIXABLE: &str = "invalid/2026-02-05-date-and-number-errors.md";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

fn run(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut command = article_lint();
    command
        .current_dir(dir)
        .args(["check", "--today", TODAY, "--color", "never"])
        .args(args);
    output_of(command, stdin)
}

/// Copies `fixtures/` (recursively) into a fresh temporary folder.
fn copy_fixtures() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures(), &dir.path().join("fixtures"));
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, sorted by path.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else {
                files.push((entry.path(), std::fs::read(entry.path()).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn fixing_twice_changes_nothing_the_second_time_over_all_fixtures() {
    let dir = copy_fixtures();
    let before = snapshot(dir.path());
    let first = run(dir.path(), &["--fix", "--unsafe-fixes", "fixtures"], None);
    assert_ne!(first.code, 2, "{}{}", first.stdout, first.stderr);
    let after_first = snapshot(dir.path());
    assert_ne!(
        before, after_first,
        "the first run fixed nothing:\n{}",
        first.stderr
    );
    assert_eq!(
        before.len(),
        after_first.len(),
        "fixing left or removed files"
    );

    let second = run(dir.path(), &["--fix", "--unsafe-fixes", "fixtures"], None);
    assert_ne!(second.code, 2, "{}{}", second.stdout, second.stderr);
    assert_eq!(
        after_first,
        snapshot(dir.path()),
        "the second --fix changed files"
    );
    assert!(!second.stderr.contains("fixed "), "{}", second.stderr);
    let diff = run(dir.path(), &["--diff", "--unsafe-fixes", "fixtures"], None);
    assert_eq!(
        (diff.code, diff.stdout.as_str()),
        (0, ""),
        "{}",
        diff.stderr
    );
}

#[test]
fn diff_prints_a_unified_diff_writes_nothing_and_exits_1() {
    let dir = copy_fixtures();
    let before = snapshot(dir.path());
    let output = run(dir.path(), &["--diff", "fixtures"], None);
    assert_eq!(output.code, 1, "{}", output.stderr);
    assert!(
        output.stdout.starts_with(&format!(
            "--- a/fixtures/{FIXABLE}\n+++ b/fixtures/{FIXABLE}\n@@ "
        )),
        "{}",
        output.stdout
    );
    // A safe number fix (a figure under ten is spelled out).
    assert!(
        output.stdout.contains("\n-The military said 7 suspects"),
        "{}",
        output.stdout
    );
    assert!(
        output
            .stdout
            .contains("\n+The military said seven suspects"),
        "{}",
        output.stdout
    );
    // Findings are not reported in diff mode; the count goes to stderr.
    assert!(
        !output.stdout.contains("number/spell-out"),
        "{}",
        output.stdout
    );
    assert!(output.stderr.contains("would fix"), "{}", output.stderr);
    assert_eq!(before, snapshot(dir.path()), "--diff wrote files");
    // --diff wins over --fix.
    let both = run(dir.path(), &["--fix", "--diff", "fixtures"], None);
    assert_eq!(
        (both.code, both.stdout.as_str()),
        (1, output.stdout.as_str())
    );
    assert_eq!(before, snapshot(dir.path()), "--fix --diff wrote files");

    let clean = run(dir.path(), &["--diff", "fixtures/valid"], None);
    assert_eq!(
        (clean.code, clean.stdout.as_str()),
        (0, ""),
        "{}",
        clean.stderr
    );
}

#[test]
fn unsafe_fixes_need_the_flag() {
    let dir = copy_fixtures();
    let safe = run(
        dir.path(),
        &["--diff", &format!("fixtures/{FIXABLE}")],
        None,
    );
    let all = run(
        dir.path(),
        &["--diff", "--unsafe-fixes", &format!("fixtures/{FIXABLE}")],
        None,
    );
    assert_eq!((safe.code, all.code), (1, 1));
    assert_ne!(safe.stdout, all.stdout, "unsafe fixes made no difference");
    assert!(all.stdout.len() > safe.stdout.len());
}

#[test]
fn fix_writes_reports_what_remains_and_shows_fixes() {
    let dir = copy_fixtures();
    let path = format!("fixtures/{FIXABLE}");
    let before = std::fs::read_to_string(dir.path().join(&path)).unwrap();
    let checked = run(dir.path(), &["--format", "concise", &path], None);
    let output = run(
        dir.path(),
        &["--fix", "--show-fixes", "--format", "concise", &path],
        None,
    );
    let after = std::fs::read_to_string(dir.path().join(&path)).unwrap();
    assert_ne!(before, after);
    assert!(
        after.contains("The military said seven suspects"),
        "{after}"
    );
    // What remains is reported, and decides the exit code (unfixable errors remain).
    assert_eq!(output.code, 1, "{}{}", output.stdout, output.stderr);
    assert!(output.stdout.contains("date/invalid"), "{}", output.stdout);
    assert!(
        !output.stdout.contains("number/spell-out]"),
        "{}",
        output.stdout
    );
    assert!(
        checked.stdout.contains("number/spell-out]"),
        "{}",
        checked.stdout
    );
    // --show-fixes: `path:line:col code: message`.
    let shown: Vec<&str> = output
        .stdout
        .lines()
        .filter(|line| line.contains(" number/spell-out: "))
        .collect();
    assert_eq!(shown.len(), 1, "{}", output.stdout);
    assert!(
        shown[0].starts_with(&format!("{path}:18:")),
        "{}",
        output.stdout
    );
    assert!(output.stderr.contains("fixed "), "{}", output.stderr);
}

#[test]
fn fix_keeps_bom_crlf_and_permissions() {
    let dir = copy_fixtures();
    let lf = std::fs::read_to_string(fixtures().join(FIXABLE)).unwrap();
    let crlf = format!("\u{feff}{}", lf.replace('\n', "\r\n"));
    let path = dir.path().join("crlf.md");
    std::fs::write(&path, &crlf).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o604)).unwrap();
    }
    let lf_path = dir.path().join("lf.md");
    std::fs::write(&lf_path, &lf).unwrap();

    run(
        dir.path(),
        &["--fix", "--unsafe-fixes", "crlf.md", "lf.md"],
        None,
    );
    let fixed = std::fs::read_to_string(&path).unwrap();
    let fixed_lf = std::fs::read_to_string(&lf_path).unwrap();
    assert_ne!(fixed_lf, lf, "nothing was fixed");
    assert!(fixed.starts_with('\u{feff}'), "the BOM was lost");
    assert!(
        !fixed.replace("\r\n", "").contains('\n'),
        "a bare LF appeared in a CRLF file"
    );
    assert_eq!(
        fixed,
        format!("\u{feff}{}", fixed_lf.replace('\n', "\r\n")),
        "the CRLF file was fixed differently"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o604);
    }
}

#[test]
fn stdin_fix_prints_the_fixed_text_and_findings_go_to_stderr() {
    let text = std::fs::read(fixtures().join(FIXABLE)).unwrap();
    let output = run(
        &fixtures(),
        &["--fix", "--stdin-filename", "news/story.md", "-"],
        Some(&text),
    );
    assert!(
        output.stdout.starts_with("---\ntitle: Security forces"),
        "{}",
        output.stdout
    );
    assert!(output.stdout.contains("The military said seven suspects"));
    assert!(output.stderr.contains("date/invalid"), "{}", output.stderr);
    assert_eq!(output.code, 1);

    // Nothing to fix: the text comes back unchanged.
    let clean = std::fs::read(fixtures().join("valid/budget-talks-resume.md")).unwrap();
    let output = run(&fixtures(), &["--fix", "-"], Some(&clean));
    assert_eq!(output.stdout.as_bytes(), clean.as_slice());

    // --diff on stdin: a diff, nothing else on stdout.
    let output = run(
        &fixtures(),
        &["--diff", "--stdin-filename", "news/story.md", "-"],
        Some(&text),
    );
    assert_eq!(output.code, 1);
    assert!(
        output
            .stdout
            .starts_with("--- a/news/story.md\n+++ b/news/story.md\n"),
        "{}",
        output.stdout
    );
}

#[test]
fn statistics_count_findings_per_code() {
    let output = run(&fixtures(), &["--statistics", "invalid"], None);
    assert_eq!(output.code, 1);
    let header = output.stdout.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["count", "code", "fixable"]
    );
    let spell = output
        .stdout
        .lines()
        .find(|line| line.contains("number/spell-out"))
        .expect("a spell-out row");
    assert_eq!(
        spell.split_whitespace().collect::<Vec<_>>(),
        ["1", "number/spell-out", "1"]
    );
    // The findings themselves are not printed; the summary line is.
    assert!(!output.stdout.contains("suspects"), "{}", output.stdout);
    assert!(output.stdout.contains(" in "), "{}", output.stdout);

    let json = run(
        &fixtures(),
        &["--statistics", "--format", "json", "invalid"],
        None,
    );
    let rows: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    let spell = rows
        .iter()
        .find(|row| row["code"] == "number/spell-out")
        .unwrap();
    assert_eq!(
        (spell["count"].as_u64(), spell["fixable"].as_u64()),
        (Some(1), Some(1))
    );
    let total: u64 = rows.iter().map(|row| row["count"].as_u64().unwrap()).sum();
    assert!(total > 10, "{rows:?}");
}

/// Makes a folder unwritable, even for root (`chattr +i`), until dropped.
#[cfg(unix)]
struct Unwritable(PathBuf, bool);

#[cfg(unix)]
impl Unwritable {
    fn new(folder: &Path) -> Option<Self> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).unwrap();
        let probe = folder.join(".probe");
        if std::fs::write(&probe, "x").is_err() {
            return Some(Self(folder.to_owned(), false));
        }
        let _ = std::fs::remove_file(&probe);
        // Root ignores permissions; an immutable folder stops it.
        let status = Command::new("chattr")
            .arg("+i")
            .arg(folder)
            .stderr(Stdio::null())
            .status();
        if status.is_ok_and(|status| status.success()) && std::fs::write(&probe, "x").is_err() {
            return Some(Self(folder.to_owned(), true));
        }
        None
    }
}

#[cfg(unix)]
impl Drop for Unwritable {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.1 {
            let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
        }
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755));
    }
}

#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_file_untouched_and_exits_2() {
    let dir = copy_fixtures();
    let folder = dir.path().join("fixtures/invalid");
    let file = folder.join("2026-02-05-date-and-number-errors.md");
    let before = std::fs::read(&file).unwrap();
    let Some(_guard) = Unwritable::new(&folder) else {
        eprintln!("skipped: cannot make a folder unwritable here (root without chattr)");
        return;
    };
    let output = run(dir.path(), &["--fix", &format!("fixtures/{FIXABLE}")], None);
    assert_eq!(output.code, 2, "{}{}", output.stdout, output.stderr);
    assert!(
        output.stderr.contains("cannot write fixes to"),
        "{}",
        output.stderr
    );
    assert!(
        output.stderr.contains("the file is unchanged"),
        "{}",
        output.stderr
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // The findings are still reported (of the unchanged file).
    assert!(
        output.stdout.contains("number/spell-out"),
        "{}",
        output.stdout
    );
}
