//! `--changed-since REF`: the files git says changed since a ref, asked of git itself.
//!
//! A file counts as changed when `git diff --name-only --diff-filter=ACMR REF` lists
//! it (added, copied, modified or renamed between REF and the working tree, staged
//! or not), or when it is untracked and not ignored (`git ls-files --others
//! --exclude-standard`): a new article not yet added is a change too. Deleted files
//! are not listed (there is nothing to check). The repository is the one holding
//! each given path (`git rev-parse --show-toplevel` run in its folder).

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The changed files (canonical absolute paths) of the repositories holding `paths`.
pub fn changed_files(reference: &str, paths: &[PathBuf]) -> Result<HashSet<PathBuf>, String> {
    if reference.is_empty() || reference.starts_with('-') {
        return Err(format!(
            "--changed-since: `{reference}` is not a git ref (such as main, origin/main, HEAD~3 or a commit hash)"
        ));
    }
    let mut roots = BTreeSet::new();
    for path in paths {
        let folder = if path.is_dir() {
            path.clone()
        } else {
            match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
                _ => PathBuf::from("."),
            }
        };
        let top = git(&folder, &["rev-parse", "--show-toplevel"])?;
        roots.insert(PathBuf::from(top.trim_end_matches(['\n', '\r'])));
    }
    let mut changed = HashSet::new();
    for root in roots {
        let diff = git(
            &root,
            &[
                "-c",
                "core.quotePath=false",
                "diff",
                "--name-only",
                "-z",
                "--no-renames",
                "--diff-filter=ACMR",
                reference,
                "--",
            ],
        )?;
        let untracked = git(&root, &["ls-files", "-z", "--others", "--exclude-standard"])?;
        for name in diff.split('\0').chain(untracked.split('\0')) {
            if name.is_empty() {
                continue;
            }
            let path = root.join(name);
            // Present files only; a path git lists that is gone needs no check.
            if let Ok(canonical) = std::fs::canonicalize(&path) {
                changed.insert(canonical);
            }
        }
    }
    Ok(changed)
}

/// Keeps the discovered files that are in `changed`.
pub fn retain_changed(files: &mut Vec<PathBuf>, changed: &HashSet<PathBuf>) {
    files.retain(|file| {
        std::fs::canonicalize(file).is_ok_and(|canonical| changed.contains(&canonical))
    });
}

/// Runs git in `folder`; its standard output, or its own message as the error.
fn git(folder: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(args)
        .output()
        .map_err(|error| format!("--changed-since: cannot run git: {error}"))?;
    if !output.status.success() {
        let message = String::from_utf8_lossy(&output.stderr);
        let message = message.trim();
        let message = if message.is_empty() {
            format!("git {} failed ({})", args.join(" "), output.status)
        } else {
            message.to_owned()
        };
        return Err(format!("--changed-since: {message}"));
    }
    String::from_utf8(output.stdout)
        .map_err(|_| "--changed-since: git listed a file name that is not UTF-8".to_owned())
}
