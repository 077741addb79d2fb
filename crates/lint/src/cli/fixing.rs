//! `check --fix`, `--unsafe-fixes`, `--diff`, `--show-fixes` and `--statistics`: the
//! command-line side of [`crate::fix`].

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use rayon::prelude::*;

use super::CheckArgs;
use crate::engine::{Engine, FileReport};
use crate::fix::{AppliedFix, FileFix, FixOptions, MAX_PASSES, Statistics, display_path};
use crate::report::{Format, Summary, plural};

/// The fix mode of a run, if any.
pub fn fix_options(args: &CheckArgs) -> Option<FixOptions> {
    (args.fix || args.diff).then_some(FixOptions {
        include_unsafe: args.unsafe_fixes,
        diff_only: args.diff,
    })
}

/// Runs `work` on every file in parallel and hands the results to `emit` in the
/// files' order, each as soon as every earlier one is done.
pub fn run_in_order<T: Send>(
    files: &[PathBuf],
    work: impl Fn(&Path) -> T + Sync,
    mut emit: impl FnMut(T),
) {
    let (sender, receiver) = mpsc::channel::<(usize, T)>();
    std::thread::scope(|scope| {
        let work = &work;
        scope.spawn(move || {
            files
                .par_iter()
                .enumerate()
                .for_each_with(sender, |sender, (index, path)| {
                    let _ = sender.send((index, work(path)));
                });
        });
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (index, result) in receiver {
            pending.insert(index, result);
            while let Some(result) = pending.remove(&next) {
                emit(result);
                next += 1;
            }
        }
    });
}

/// What the fixes of a run did, gathered file by file.
#[derive(Debug, Default)]
pub struct FixRun {
    /// Every fix applied (or, with `--diff`, that would be), with its file.
    pub applied: Vec<(PathBuf, AppliedFix)>,
    /// Files changed (or, with `--diff`, that would be).
    pub files_changed: usize,
    /// Files that could not be written (the run exits with 2).
    pub write_errors: usize,
}

impl FixRun {
    /// Takes one file's outcome: prints its diff (to `diff_out`) and any warning, and
    /// returns the report of what remains.
    pub fn take(&mut self, fixed: FileFix, diff_out: &mut dyn Write) -> FileReport {
        let path = fixed.report.path.clone();
        if let Some(error) = &fixed.error {
            eprintln!("error: {error}");
            self.write_errors += 1;
        }
        if !fixed.converged {
            eprintln!(
                "warning: the fixes to {} did not settle after {MAX_PASSES} passes; run --fix again and review the result",
                path.display()
            );
        }
        if fixed.fixed.is_some() && fixed.error.is_none() {
            self.files_changed += 1;
        }
        if !fixed.diff.is_empty() {
            let _ = diff_out.write_all(fixed.diff.as_bytes());
        }
        if fixed.error.is_none() {
            self.applied.extend(
                fixed
                    .applied
                    .into_iter()
                    .map(|applied| (path.clone(), applied)),
            );
        }
        fixed.report
    }

    /// `path:line:col code: fix message`, one line a fix.
    pub fn show(&self, out: &mut dyn Write) -> io::Result<()> {
        for (path, fix) in &self.applied {
            writeln!(
                out,
                "{}:{}:{} {}: {}",
                display_path(path),
                fix.line,
                fix.column,
                fix.code,
                fix.message
            )?;
        }
        Ok(())
    }

    /// "fixed 3 findings in 2 files" (or "would fix ..." for `--diff`).
    pub fn line(&self, diff_only: bool) -> String {
        format!(
            "{} {} in {}",
            if diff_only { "would fix" } else { "fixed" },
            plural(self.applied.len(), "finding"),
            plural(self.files_changed, "file")
        )
    }
}

/// Fixes standard input: the fixed text (or the unchanged one) goes to standard output,
/// or with `--diff` the diff does; nothing is written to disk.
pub fn fix_stdin(
    engine: &Engine,
    path: &Path,
    bytes: Vec<u8>,
    options: FixOptions,
    baseline: Option<&crate::baseline::Baseline>,
    run: &mut FixRun,
) -> FileReport {
    let original = bytes.clone();
    let fixed = crate::fix::fix_bytes(engine, path, bytes, options, false, baseline);
    let text = fixed.fixed.clone();
    let mut stdout = io::stdout();
    let report = run.take(fixed, &mut stdout);
    if !options.diff_only {
        let _ = match &text {
            Some(text) => stdout.write_all(text.as_bytes()),
            None => stdout.write_all(&original),
        };
    }
    let _ = stdout.flush();
    report
}

/// Copies standard input to standard output unchanged: `head` (already read), then
/// the rest. A closed standard output stops the copy quietly; a read error is an error
/// (the text printed is incomplete).
pub fn echo_stdin(head: &[u8], rest: &mut dyn io::Read) -> Result<(), String> {
    let mut stdout = io::stdout().lock();
    if stdout.write_all(head).is_err() {
        return Ok(());
    }
    let mut buffer = vec![0; 64 * 1024];
    loop {
        let read = match rest.read(&mut buffer) {
            Ok(0) => break,
            Ok(read) => read,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(format!("cannot read standard input: {error}")),
        };
        if stdout.write_all(&buffer[..read]).is_err() {
            return Ok(());
        }
    }
    let _ = stdout.flush();
    Ok(())
}

/// Where lines for people go when standard output carries a machine format, fixed
/// text or a diff: standard error.
pub fn people_on_stdout(args: &CheckArgs) -> bool {
    matches!(args.format, Format::Human | Format::Concise)
        && !args.diff
        && !(args.fix && is_stdin(args))
        && args.output_file.is_none()
}

pub fn is_stdin(args: &CheckArgs) -> bool {
    args.paths.iter().any(|path| path == Path::new("-"))
}

/// `--statistics`: the per-code table (a JSON array with `--format json`), then the
/// summary line for the text formats.
pub fn print_statistics(
    args: &CheckArgs,
    statistics: &Statistics,
    summary: &Summary,
    out: &mut dyn Write,
) -> io::Result<()> {
    if args.format == Format::Json {
        let rows = serde_json::to_string_pretty(&statistics.rows()).map_err(io::Error::other)?;
        return writeln!(out, "{rows}");
    }
    out.write_all(statistics.table().as_bytes())?;
    writeln!(out, "{}", summary.line())
}

impl FixRun {
    /// Before the summary: `--show-fixes` lines (to `out` when people read it, else
    /// to standard error).
    pub fn show_fixes(&self, args: &CheckArgs, out: &mut dyn Write) {
        if fix_options(args).is_none() || !args.show_fixes {
            return;
        }
        let _ = if people_on_stdout(args) {
            self.show(out)
        } else {
            self.show(&mut io::stderr())
        };
    }

    /// After the report: the "fixed N findings" line (standard error).
    pub fn finish(&self, args: &CheckArgs) {
        if fix_options(args).is_none() {
            return;
        }
        if !self.applied.is_empty() {
            eprintln!("{}", self.line(args.diff));
        }
    }

    /// The exit code when fixing decides it: 2 when a file could not be written,
    /// and with `--diff` 1 when there is a diff, 0 when none.
    pub fn exit_code(&self, args: &CheckArgs, io_failure: bool) -> Option<u8> {
        use super::exit;
        if self.write_errors > 0 || (io_failure && fix_options(args).is_some()) {
            return Some(exit::FAILURE);
        }
        args.diff.then_some(if self.files_changed > 0 {
            exit::FINDINGS
        } else {
            exit::OK
        })
    }
}
