//! Applying fixes: edits on the exact source text, repeated passes until nothing
//! changes, unified diffs, and atomic writes that keep permissions, BOM and line
//! endings.
//!
//! The functions that compute new text ([`apply_edits`], [`apply_fixes`],
//! [`fix_until_stable`], [`unified_diff`]) are pure; only [`write_atomically`] and
//! [`fix_path`] touch the file system.

use std::io::Write;
use std::path::{Path, PathBuf};

use article_model::{Source, Span};

use crate::baseline::Baseline;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::engine::{Engine, FileReport};

/// How many check-and-fix passes a file gets before we give up on it settling.
pub const MAX_PASSES: usize = 10;

/// Whether the fix may be applied with these settings.
pub fn is_applicable(fix: &Fix, include_unsafe: bool) -> bool {
    match fix.applicability {
        Applicability::Safe => true,
        Applicability::Unsafe => include_unsafe,
    }
}

/// Whether a diagnostic has a fix that `--fix` (plus `--unsafe-fixes` if asked) applies.
pub fn is_fixable(diagnostic: &Diagnostic, include_unsafe: bool) -> bool {
    diagnostic
        .fix
        .as_ref()
        .is_some_and(|fix| is_applicable(fix, include_unsafe))
}

/// Whether the text's line endings are CRLF (judged by its first line break).
pub fn uses_crlf(text: &str) -> bool {
    text.find('\n')
        .is_some_and(|index| index > 0 && text.as_bytes()[index - 1] == b'\r')
}

/// `replacement` with every bare `\n` turned into `\r\n` (for CRLF files).
fn to_crlf(replacement: &str) -> String {
    let mut out = String::with_capacity(replacement.len() + 8);
    let mut previous = '\0';
    for c in replacement.chars() {
        if c == '\n' && previous != '\r' {
            out.push('\r');
        }
        out.push(c);
        previous = c;
    }
    out
}

/// An edit the text can take: inside it, on character boundaries, start ≤ end.
fn is_valid(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// Whether an edit at `span` conflicts with the end of the last accepted edit.
/// Touching replacements are fine; an insertion touching another edit is not (their
/// order would be a guess).
fn conflicts(last: Option<Span>, span: Span) -> bool {
    match last {
        None => false,
        Some(last) => {
            span.start < last.end
                || (span.start == last.end && (span.is_empty() || last.is_empty()))
        }
    }
}

/// Applies groups of edits to `text` in one pass. Each group (one fix) is applied
/// whole or not at all. Groups are taken in order of their first edit (ties in input
/// order); a group whose edits are invalid, overlap one another, or overlap an
/// earlier accepted group is skipped. Returns the new text and the indices of the
/// groups applied, in input order. Never panics.
pub fn apply_edit_groups(text: &str, groups: &[&[Edit]]) -> (String, Vec<usize>) {
    let mut order: Vec<(usize, Vec<&Edit>)> = groups
        .iter()
        .enumerate()
        .filter(|(_, edits)| !edits.is_empty())
        .map(|(index, edits)| {
            let mut edits: Vec<&Edit> = edits.iter().collect();
            edits.sort_by_key(|edit| (edit.span.start, edit.span.end));
            (index, edits)
        })
        .collect();
    order.sort_by_key(|(index, edits)| (edits[0].span.start, edits[0].span.end, *index));

    let mut accepted: Vec<&Edit> = Vec::new();
    let mut applied = Vec::new();
    let mut last: Option<Span> = None;
    'groups: for (index, edits) in order {
        let mut group_last = last;
        for edit in &edits {
            if !is_valid(text, edit.span) || conflicts(group_last, edit.span) {
                continue 'groups;
            }
            group_last = Some(edit.span);
        }
        last = group_last;
        accepted.extend(edits);
        applied.push(index);
    }
    applied.sort_unstable();

    let crlf = uses_crlf(text);
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    for edit in accepted {
        out.push_str(&text[cursor..edit.span.start]);
        if crlf {
            out.push_str(&to_crlf(&edit.replacement));
        } else {
            out.push_str(&edit.replacement);
        }
        cursor = edit.span.end;
    }
    out.push_str(&text[cursor..]);
    (out, applied)
}

/// Applies single edits (each its own group); see [`apply_edit_groups`].
pub fn apply_edits(text: &str, edits: &[Edit]) -> (String, Vec<usize>) {
    let groups: Vec<&[Edit]> = edits.iter().map(std::slice::from_ref).collect();
    apply_edit_groups(text, &groups)
}

/// Applies the applicable fixes of `diagnostics` to `text` in one pass (overlapping
/// fixes after the first are left for the next pass). Returns the new text and the
/// indices (into `diagnostics`) of the diagnostics whose fix was applied and changed
/// something.
pub fn apply_fixes(
    text: &str,
    diagnostics: &[Diagnostic],
    include_unsafe: bool,
) -> (String, Vec<usize>) {
    let mut owners = Vec::new();
    let mut groups: Vec<&[Edit]> = Vec::new();
    for (index, diagnostic) in diagnostics.iter().enumerate() {
        let Some(fix) = &diagnostic.fix else { continue };
        if !is_applicable(fix, include_unsafe) || !changes(text, &fix.edits) {
            continue;
        }
        owners.push(index);
        groups.push(&fix.edits);
    }
    let (new_text, applied) = apply_edit_groups(text, &groups);
    (new_text, applied.into_iter().map(|i| owners[i]).collect())
}

/// Whether the edits would change the text (a fix replacing a text with itself is no
/// fix, and must not keep the passes going).
fn changes(text: &str, edits: &[Edit]) -> bool {
    edits
        .iter()
        .any(|edit| text.get(edit.span.range()) != Some(edit.replacement.as_str()))
}

/// A fix that was applied, for `--show-fixes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedFix {
    pub code: String,
    /// The fix's own message ("write `three`").
    pub message: String,
    /// 1-based position of the finding in the text of the pass that fixed it.
    pub line: usize,
    pub column: usize,
}

/// The result of fixing one text until it settles.
#[derive(Debug, Clone)]
pub struct Fixed<R> {
    /// The final text.
    pub text: String,
    /// Every fix applied, pass by pass.
    pub applied: Vec<AppliedFix>,
    /// What the last check (of the final text) returned.
    pub last: R,
    /// Passes that applied something.
    pub passes: usize,
    /// False when `MAX_PASSES` was reached and the text still had fixes to apply.
    pub converged: bool,
}

/// Checks `text`, applies what fixes it can, checks the new text, and repeats until a
/// pass changes nothing (at most `max_passes` passes that change something).
/// `check` returns something holding the diagnostics of a text (e.g. a `FileReport`).
pub fn fix_until_stable<R>(
    text: &str,
    include_unsafe: bool,
    max_passes: usize,
    mut check: impl FnMut(&str) -> R,
    diagnostics_of: impl Fn(&R) -> &[Diagnostic],
) -> Fixed<R> {
    let mut current = text.to_owned();
    let mut last = check(&current);
    let mut applied = Vec::new();
    let mut passes = 0;
    loop {
        let diagnostics = diagnostics_of(&last);
        let (next, indices) = apply_fixes(&current, diagnostics, include_unsafe);
        if indices.is_empty() || next == current {
            return Fixed {
                text: current,
                applied,
                last,
                passes,
                converged: true,
            };
        }
        if passes == max_passes {
            return Fixed {
                text: current,
                applied,
                last,
                passes,
                converged: false,
            };
        }
        let source = Source::new("", current.as_str());
        for index in indices {
            let diagnostic = &diagnostics[index];
            let position = source.line_col(diagnostic.span.start.min(current.len()));
            applied.push(AppliedFix {
                code: diagnostic.code.clone(),
                message: diagnostic
                    .fix
                    .as_ref()
                    .map(|fix| fix.message.clone())
                    .unwrap_or_default(),
                line: position.line,
                column: position.column,
            });
        }
        passes += 1;
        current = next;
        last = check(&current);
    }
}

/// The path as shown in diff headers: forward slashes, no leading `./`.
pub fn display_path(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut text = text.as_str();
    while let Some(rest) = text.strip_prefix("./") {
        text = rest;
    }
    text.to_owned()
}

/// A unified diff (`--- a/PATH` / `+++ b/PATH`, 3 lines of context); empty when the
/// texts are equal.
pub fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let shown = display_path(path);
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{shown}"), &format!("b/{shown}"))
        .to_string()
}

/// Replaces the file at `path` with `contents` without ever leaving a half-written
/// file: the bytes go to a temporary file in the same folder, which takes the
/// original's permissions and is then renamed over it. A symbolic link is followed
/// (its target is replaced, the link stays). On any error the original is untouched.
pub fn write_atomically(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let target = std::fs::canonicalize(path)?;
    let permissions = check_writable(&target)?;
    let folder = target
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let mut temporary = tempfile::Builder::new()
        .prefix(".article-lint-")
        .suffix(".tmp")
        .tempfile_in(&folder)?;
    temporary.write_all(contents)?;
    temporary.as_file().sync_all()?;
    std::fs::set_permissions(temporary.path(), permissions)?;
    temporary.persist(&target).map_err(|error| error.error)?;
    Ok(())
}

/// The permissions of an existing file, or why it must not be replaced: the rename of
/// an atomic write needs only the folder's permission, so a read-only file would
/// otherwise be rewritten. Read-only permission bits count even for root (who may
/// write anything); for everyone else, opening for writing (which changes nothing)
/// asks the system whether this user may write the file.
pub fn check_writable(path: &Path) -> std::io::Result<std::fs::Permissions> {
    let permissions = std::fs::metadata(path)?.permissions();
    if permissions.readonly() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "the file is read-only",
        ));
    }
    std::fs::OpenOptions::new().write(true).open(path)?;
    Ok(permissions)
}

/// What `--fix` or `--diff` should do with a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixOptions {
    pub include_unsafe: bool,
    /// Compute the diff and write nothing.
    pub diff_only: bool,
}

/// The outcome of fixing one file.
#[derive(Debug, Clone)]
pub struct FileFix {
    /// The findings that remain (of the fixed text; of the original if nothing was
    /// written because of an error).
    pub report: FileReport,
    pub applied: Vec<AppliedFix>,
    /// The unified diff of the change (`diff_only`); empty when nothing changes.
    pub diff: String,
    /// The fixed text, when it differs from the original.
    pub fixed: Option<String>,
    /// Whether the passes settled (see [`MAX_PASSES`]).
    pub converged: bool,
    /// A failure to write the file (the file is untouched).
    pub error: Option<String>,
}

/// Fixes text read from `path` (or standard input): check, fix until stable; with
/// `write`, write the result atomically to `path`.
pub fn fix_bytes(
    engine: &Engine,
    path: &Path,
    bytes: Vec<u8>,
    options: FixOptions,
    write: bool,
    baseline: Option<&Baseline>,
) -> FileFix {
    // Findings a baseline hides are left as they are: their fixes are taken off
    // before any is applied, on every pass.
    let check = |bytes: Vec<u8>| {
        let mut report = engine.check_bytes(path, bytes);
        if let Some(baseline) = baseline {
            baseline.disarm_fixes(&mut report);
        }
        report
    };
    let report = check(bytes);
    let Some(original) = report.source.as_ref().map(|s| s.text().to_owned()) else {
        return unchanged(report);
    };
    if !report
        .diagnostics
        .iter()
        .any(|d| is_fixable(d, options.include_unsafe))
    {
        return unchanged(report);
    }
    let mut first = Some(report);
    let fixed = fix_until_stable(
        &original,
        options.include_unsafe,
        MAX_PASSES,
        |text| match first.take() {
            Some(report) => report,
            None => check(text.as_bytes().to_vec()),
        },
        |report| &report.diagnostics,
    );
    if fixed.text == original {
        return FileFix {
            converged: fixed.converged,
            ..unchanged(fixed.last)
        };
    }
    let diff = if options.diff_only {
        unified_diff(path, &original, &fixed.text)
    } else {
        String::new()
    };
    if write
        && !options.diff_only
        && let Err(error) = write_atomically(path, fixed.text.as_bytes())
    {
        return FileFix {
            report: engine.check_bytes(path, original.into_bytes()),
            applied: Vec::new(),
            diff: String::new(),
            fixed: None,
            converged: fixed.converged,
            error: Some(format!(
                "cannot write fixes to {}: {} (the file is unchanged)",
                path.display(),
                crate::engine::plain_io_error(&error)
            )),
        };
    }
    FileFix {
        report: fixed.last,
        applied: fixed.applied,
        diff,
        fixed: Some(fixed.text),
        converged: fixed.converged,
        error: None,
    }
}

/// Reads and fixes one file on disk (writing it unless `diff_only`).
pub fn fix_path(
    engine: &Engine,
    path: &Path,
    options: FixOptions,
    baseline: Option<&Baseline>,
) -> FileFix {
    match std::fs::read(path) {
        Ok(bytes) => fix_bytes(engine, path, bytes, options, true, baseline),
        Err(_) => unchanged(engine.check_path(path)),
    }
}

fn unchanged(report: FileReport) -> FileFix {
    FileFix {
        report,
        applied: Vec::new(),
        diff: String::new(),
        fixed: None,
        converged: true,
        error: None,
    }
}

/// Counts per rule code for `--statistics`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct CodeCount {
    pub code: String,
    pub count: usize,
    /// How many of them `--fix` would fix (with the current `--unsafe-fixes`).
    pub fixable: usize,
}

/// Per-code counts, most frequent first (then by code).
#[derive(Debug, Clone, Default)]
pub struct Statistics {
    counts: std::collections::BTreeMap<String, (usize, usize)>,
}

impl Statistics {
    pub fn add(&mut self, diagnostics: &[Diagnostic], include_unsafe: bool) {
        for diagnostic in diagnostics {
            let entry = self.counts.entry(diagnostic.code.clone()).or_default();
            entry.0 += 1;
            entry.1 += usize::from(is_fixable(diagnostic, include_unsafe));
        }
    }

    pub fn rows(&self) -> Vec<CodeCount> {
        let mut rows: Vec<CodeCount> = self
            .counts
            .iter()
            .map(|(code, (count, fixable))| CodeCount {
                code: code.clone(),
                count: *count,
                fixable: *fixable,
            })
            .collect();
        rows.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.code.cmp(&b.code)));
        rows
    }

    /// An aligned table: count, code, fixable count.
    pub fn table(&self) -> String {
        let rows = self.rows();
        if rows.is_empty() {
            return String::new();
        }
        let count_width = rows
            .iter()
            .map(|row| row.count.to_string().len())
            .max()
            .unwrap_or(1)
            .max("count".len());
        let code_width = rows
            .iter()
            .map(|row| row.code.len())
            .max()
            .unwrap_or(4)
            .max("code".len());
        let mut out = format!(
            "{:>count_width$}  {:<code_width$}  fixable\n",
            "count", "code"
        );
        for row in rows {
            out.push_str(&format!(
                "{:>count_width$}  {:<code_width$}  {}\n",
                row.count, row.code, row.fixable
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn edit(start: usize, end: usize, replacement: &str) -> Edit {
        Edit {
            span: Span::new(start, end),
            replacement: replacement.into(),
        }
    }

    fn diagnostic(code: &str, fix: Option<Fix>) -> Diagnostic {
        let span = fix
            .as_ref()
            .and_then(|f| f.edits.first())
            .map_or(Span::empty(0), |e| e.span);
        let mut d = Diagnostic::new(code, Severity::Warning, "m", span);
        d.fix = fix;
        d
    }

    #[test]
    fn applies_non_overlapping_edits_in_order_of_position() {
        let (text, applied) = apply_edits(
            "3 people and 4 cats",
            &[edit(13, 14, "four"), edit(0, 1, "three")],
        );
        assert_eq!(text, "three people and four cats");
        assert_eq!(applied, vec![0, 1]);
    }

    #[test]
    fn skips_an_edit_overlapping_an_earlier_one() {
        let (text, applied) = apply_edits("abcdef", &[edit(1, 4, "X"), edit(3, 5, "Y")]);
        assert_eq!(text, "aXef");
        assert_eq!(applied, vec![0]);
        // Same start: the first given wins.
        let (text, applied) = apply_edits("abcdef", &[edit(3, 5, "Y"), edit(3, 4, "Z")]);
        assert_eq!((text.as_str(), applied), ("abcZef", vec![1]));
    }

    #[test]
    fn touching_replacements_both_apply_but_insertions_do_not_touch() {
        let (text, applied) = apply_edits("abcd", &[edit(0, 2, "X"), edit(2, 4, "Y")]);
        assert_eq!((text.as_str(), applied), ("XY", vec![0, 1]));
        let (text, applied) = apply_edits("abcd", &[edit(2, 2, "+"), edit(2, 2, "-")]);
        assert_eq!((text.as_str(), applied), ("ab+cd", vec![0]));
    }

    #[test]
    fn invalid_edits_are_skipped_not_panicked_on() {
        let (text, applied) = apply_edits(
            "é!",
            &[
                edit(1, 2, "x"),
                edit(5, 9, "y"),
                edit(3, 2, "z"),
                edit(2, 3, "?"),
            ],
        );
        assert_eq!((text.as_str(), applied), ("é?", vec![3]));
    }

    #[test]
    fn a_fix_is_applied_whole_or_not_at_all() {
        let both = Fix {
            applicability: Applicability::Safe,
            message: "swap".into(),
            edits: vec![edit(0, 1, "B"), edit(4, 5, "A")],
        };
        let blocker = Fix::safe("blocker", Span::new(3, 5), "__");
        let diagnostics = vec![
            diagnostic("a/blocker", Some(blocker)),
            diagnostic("a/both", Some(both)),
        ];
        // `both` starts first, so it wins; the blocker overlaps its second edit.
        let (text, applied) = apply_fixes("a b c d", &diagnostics, false);
        assert_eq!((text.as_str(), applied), ("B b A d", vec![1]));
    }

    #[test]
    fn unsafe_fixes_need_the_flag_and_no_op_fixes_do_not_count() {
        let diagnostics = vec![
            diagnostic("x/unsafe", Some(Fix::unsafe_("u", Span::new(0, 1), "U"))),
            diagnostic("x/noop", Some(Fix::safe("n", Span::new(2, 3), "c"))),
            diagnostic("x/none", None),
        ];
        assert_eq!(
            apply_fixes("a c", &diagnostics, false),
            ("a c".into(), vec![])
        );
        assert_eq!(
            apply_fixes("a c", &diagnostics, true),
            ("U c".into(), vec![0])
        );
    }

    #[test]
    fn crlf_files_get_crlf_in_replacements_and_keep_their_bom() {
        let text = "\u{feff}a\r\nb\r\n";
        let start = text.find('b').unwrap();
        let (fixed, _) = apply_edits(text, &[edit(start, start + 1, "x\ny\r\nz")]);
        assert_eq!(fixed, "\u{feff}a\r\nx\r\ny\r\nz\r\n");
        let (fixed, _) = apply_edits("a\nb\n", &[edit(2, 3, "x\ny")]);
        assert_eq!(fixed, "a\nx\ny\n");
    }

    /// A fake checker: every digit 1–9 is a finding with a safe fix that spells it
    /// out; "one" next to another number word gets an overlapping fix.
    fn digit_findings(text: &str) -> Vec<Diagnostic> {
        const WORDS: [&str; 10] = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ];
        text.char_indices()
            .filter_map(|(i, c)| c.to_digit(10).map(|d| (i, d)))
            .map(|(i, d)| {
                diagnostic(
                    "number/spell-out",
                    Some(Fix::safe(
                        "spell out",
                        Span::new(i, i + 1),
                        WORDS[d as usize],
                    )),
                )
            })
            .collect()
    }

    #[test]
    fn passes_repeat_until_nothing_changes() {
        // Each pass, the findings overlap pairwise: "12" yields two fixes over
        // neighbouring bytes, both applicable in one pass (they only touch).
        let fixed = fix_until_stable("a 12 b 3", false, MAX_PASSES, digit_findings, |d| d);
        assert_eq!(fixed.text, "a onetwo b three");
        assert!(fixed.converged);
        assert_eq!(fixed.passes, 1);
        assert_eq!(fixed.applied.len(), 3);
        assert_eq!(
            (fixed.applied[2].line, fixed.applied[2].column),
            (1, 8),
            "{:?}",
            fixed.applied
        );
        assert!(fixed.last.is_empty());
    }

    #[test]
    fn overlapping_fixes_are_applied_in_later_passes() {
        // Two fixes over the same word: the second is applied on the next pass,
        // after a re-check finds it again.
        let check = |text: &str| -> Vec<Diagnostic> {
            let mut out = Vec::new();
            if let Some(i) = text.find("olour").filter(|&i| i > 0) {
                let first = &text[i - 1..i];
                out.push(diagnostic(
                    "s/us",
                    Some(Fix::safe(
                        "us",
                        Span::new(i - 1, i + 5),
                        format!("{first}olor"),
                    )),
                ));
            }
            if let Some(i) = text.find("Colo") {
                out.push(diagnostic(
                    "s/case",
                    Some(Fix::safe("lower", Span::new(i, i + 1), "c")),
                ));
            }
            out
        };
        let fixed = fix_until_stable("Colour", false, MAX_PASSES, check, |d| d);
        assert_eq!(fixed.text, "color");
        assert_eq!(fixed.passes, 2);
        assert!(fixed.converged);
    }

    #[test]
    fn the_pass_bound_is_reported() {
        // A rule that always wants another character: never settles.
        let check = |text: &str| {
            vec![diagnostic(
                "x/grow",
                Some(Fix::safe("grow", Span::empty(text.len()), "!")),
            )]
        };
        let fixed = fix_until_stable("hi", false, 3, check, |d| d);
        assert!(!fixed.converged);
        assert_eq!(fixed.text, "hi!!!");
        assert_eq!(fixed.passes, 3);
    }

    #[test]
    fn unified_diff_has_git_style_headers_and_is_empty_for_no_change() {
        let diff = unified_diff(
            Path::new("./news/a.md"),
            "x\n3 people\n",
            "x\nthree people\n",
        );
        assert!(
            diff.starts_with("--- a/news/a.md\n+++ b/news/a.md\n@@"),
            "{diff}"
        );
        assert!(diff.contains("-3 people\n+three people\n"), "{diff}");
        assert_eq!(unified_diff(Path::new("a.md"), "same", "same"), "");
    }

    #[test]
    fn atomic_write_keeps_permissions_and_follows_links() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        std::fs::write(&path, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
            let link = dir.path().join("link.md");
            std::os::unix::fs::symlink(&path, &link).unwrap();
            write_atomically(&link, b"new").unwrap();
            assert!(
                std::fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        #[cfg(not(unix))]
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        // No temporary file left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_failed_write_leaves_the_original_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.md");
        assert!(write_atomically(&missing, b"x").is_err());
        assert!(!missing.exists());
    }

    #[test]
    fn statistics_count_per_code_most_frequent_first() {
        let mut statistics = Statistics::default();
        statistics.add(&digit_findings("1 2"), false);
        statistics.add(&[diagnostic("a/other", None)], false);
        let rows = statistics.rows();
        assert_eq!(rows[0].code, "number/spell-out");
        assert_eq!((rows[0].count, rows[0].fixable), (2, 2));
        assert_eq!((rows[1].count, rows[1].fixable), (1, 0));
        let table = statistics.table();
        assert!(table.starts_with("count  code"), "{table}");
        assert!(table.contains("    2  number/spell-out  2"), "{table}");
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Reference: apply edits known not to overlap from the end backwards.
        fn reference(text: &str, edits: &[Edit]) -> String {
            let mut sorted: Vec<&Edit> = edits.iter().collect();
            sorted.sort_by_key(|e| (e.span.start, e.span.end));
            let mut out = text.to_owned();
            for edit in sorted.into_iter().rev() {
                out.replace_range(edit.span.range(), &edit.replacement);
            }
            out
        }

        fn text_and_edits() -> impl Strategy<Value = (String, Vec<Edit>)> {
            "[a-z é\n]{0,40}".prop_flat_map(|text| {
                let len = text.len();
                let edits =
                    proptest::collection::vec((0..=len + 2, 0..=6usize, "[A-Z\n]{0,4}"), 0..8);
                (Just(text), edits).prop_map(|(text, raw)| {
                    let edits = raw
                        .into_iter()
                        .map(|(start, length, replacement)| Edit {
                            span: Span::new(start, start + length),
                            replacement,
                        })
                        .collect();
                    (text, edits)
                })
            })
        }

        proptest! {
            #[test]
            fn random_edits_never_panic_and_equal_the_accepted_subset_applied(
                (text, edits) in text_and_edits()
            ) {
                let (out, applied) = apply_edits(&text, &edits);
                let accepted: Vec<Edit> =
                    applied.iter().map(|&i| edits[i].clone()).collect();
                // The accepted edits are valid and pairwise disjoint.
                let mut spans: Vec<Span> = accepted.iter().map(|e| e.span).collect();
                spans.sort();
                for pair in spans.windows(2) {
                    prop_assert!(pair[0].end <= pair[1].start);
                }
                prop_assert_eq!(out, reference(&text, &accepted));
            }

            #[test]
            fn non_overlapping_edits_are_all_applied(
                text in "[a-z]{1,40}",
                cuts in proptest::collection::btree_set(0usize..40, 0..10),
                replacement in "[A-Z]{1,3}",
            ) {
                // Cut points → disjoint, non-empty spans between consecutive cuts.
                let cuts: Vec<usize> = cuts.into_iter().filter(|&c| c <= text.len()).collect();
                let edits: Vec<Edit> = cuts
                    .chunks(2)
                    .filter(|pair| pair.len() == 2)
                    .map(|pair| Edit { span: Span::new(pair[0], pair[1]), replacement: replacement.clone() })
                    .rev()
                    .collect();
                let (out, applied) = apply_edits(&text, &edits);
                prop_assert_eq!(applied.len(), edits.len());
                prop_assert_eq!(out, reference(&text, &edits));
            }
        }
    }
}
