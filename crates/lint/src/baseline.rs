//! Baselines: adopt the linter on an archive full of old findings.
//!
//! `check --write-baseline FILE` records every current finding; `check --baseline
//! FILE` hides exactly those. A finding is matched by its file (path relative to the
//! baseline file's folder, `/`-separated), its code and a fingerprint of its text and
//! context (the flagged text and the trimmed line it is on, not the line number), so
//! it survives lines moving above it. Each fingerprint has a count, so two identical
//! findings need two entries; a third one shows. Writing again drops fixed findings.
//!
//! The file is JSON, versioned, sorted and stable (the same findings always give the
//! same bytes); the hash is 64-bit FNV-1a, the same on every platform and run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::engine::{FileReport, plain_io_error};

/// The baseline format's version; bumped on any incompatible change.
pub const BASELINE_VERSION: u32 = 1;

/// 64-bit FNV-1a.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The fingerprint of a finding: its code, the flagged text and the trimmed line
/// holding its start.
pub fn fingerprint(report: &FileReport, diagnostic: &Diagnostic) -> String {
    let (flagged, line) = match &report.source {
        Some(source) => {
            let text = source.text();
            let start = diagnostic.span.start.min(text.len());
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            (
                source.slice(diagnostic.span),
                text[line_start..line_end].trim(),
            )
        }
        None => ("", ""),
    };
    let mut bytes = Vec::with_capacity(diagnostic.code.len() + flagged.len() + line.len() + 2);
    bytes.extend_from_slice(diagnostic.code.as_bytes());
    bytes.push(0);
    bytes.extend_from_slice(flagged.as_bytes());
    bytes.push(0);
    bytes.extend_from_slice(line.as_bytes());
    format!("{:016x}", fnv1a(&bytes))
}

/// One recorded finding (or several identical ones).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub path: String,
    pub code: String,
    pub fingerprint: String,
    pub count: usize,
    /// The message when recorded, for people reading the file (not matched).
    pub message: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

type Key = (String, String, String);

/// Paths in a baseline are relative to its folder.
fn relative_path(base: &Path, path: &Path) -> String {
    let absolute = resolved(path);
    let relative = absolute
        .strip_prefix(base)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.strip_prefix("./").unwrap_or(path).to_path_buf());
    relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The folder holding `file`, resolved like the paths compared with it.
fn folder_of(file: &Path) -> PathBuf {
    resolved(file)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// `path` made absolute with its folder resolved (`..`, `.` and symbolic links to
/// folders), so the same file has the same path whatever the current folder and
/// however it was named (`../baseline.json`, `./a.md`, `news/../news/a.md`). A path
/// whose folder does not exist (`--stdin-filename`) is only cleaned up lexically.
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    if let (Some(folder), Some(name)) = (absolute.parent(), absolute.file_name())
        && let Ok(folder) = std::fs::canonicalize(folder)
    {
        return folder.join(name);
    }
    let mut clean = PathBuf::new();
    for part in absolute.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    clean
}

/// A loaded baseline: what is left to hide, by path, code and fingerprint.
#[derive(Debug, Default, Clone)]
pub struct Baseline {
    base: PathBuf,
    remaining: BTreeMap<Key, usize>,
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|error| {
            format!(
                "cannot read baseline {}: {}",
                path.display(),
                plain_io_error(&error)
            )
        })?;
        let file: BaselineFile = serde_json::from_str(&text).map_err(|error| {
            format!(
                "baseline {} is not a valid baseline file: {error}",
                path.display()
            )
        })?;
        if file.version != BASELINE_VERSION {
            return Err(format!(
                "baseline {} has version {}; this article-lint reads version {BASELINE_VERSION} \
                 (write it again with --write-baseline)",
                path.display(),
                file.version
            ));
        }
        let mut remaining = BTreeMap::new();
        for entry in file.findings {
            *remaining
                .entry((entry.path, entry.code, entry.fingerprint))
                .or_insert(0) += entry.count;
        }
        Ok(Self {
            base: folder_of(path),
            remaining,
        })
    }

    /// Removes the findings of `report` that the baseline holds; returns how many.
    pub fn filter(&mut self, report: &mut FileReport) -> usize {
        let path = relative_path(&self.base, &report.path);
        let before = report.diagnostics.len();
        let fingerprints: Vec<String> = report
            .diagnostics
            .iter()
            .map(|diagnostic| fingerprint(report, diagnostic))
            .collect();
        let mut index = 0;
        report.diagnostics.retain(|diagnostic| {
            let key = (
                path.clone(),
                diagnostic.code.clone(),
                fingerprints[index].clone(),
            );
            index += 1;
            match self.remaining.get_mut(&key) {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    false
                }
                _ => true,
            }
        });
        before - report.diagnostics.len()
    }
}

impl Baseline {
    /// Takes the fixes off the findings of `report` that the baseline holds, so that
    /// `--fix` leaves hidden findings as they are; the findings stay, for
    /// [`Baseline::filter`] to hide. Uses up no count: `report` is one pass of one
    /// file, and every pass over the same file starts from the same counts.
    pub fn disarm_fixes(&self, report: &mut FileReport) {
        if !report.diagnostics.iter().any(|d| d.fix.is_some()) {
            return;
        }
        let path = relative_path(&self.base, &report.path);
        let fingerprints: Vec<String> = report
            .diagnostics
            .iter()
            .map(|diagnostic| fingerprint(report, diagnostic))
            .collect();
        let mut taken: BTreeMap<Key, usize> = BTreeMap::new();
        for (diagnostic, fingerprint) in report.diagnostics.iter_mut().zip(fingerprints) {
            let key = (path.clone(), diagnostic.code.clone(), fingerprint);
            let held = self.remaining.get(&key).copied().unwrap_or(0);
            let taken = taken.entry(key).or_insert(0);
            if *taken < held {
                *taken += 1;
                diagnostic.fix = None;
            }
        }
    }
}

/// Collects findings for `--write-baseline`.
#[derive(Debug)]
pub struct Recorder {
    path: PathBuf,
    base: PathBuf,
    entries: BTreeMap<Key, (usize, String)>,
}

impl Recorder {
    pub fn new(path: &Path) -> Self {
        Self {
            path: path.to_owned(),
            base: folder_of(path),
            entries: BTreeMap::new(),
        }
    }

    pub fn add(&mut self, report: &FileReport) {
        let path = relative_path(&self.base, &report.path);
        for diagnostic in &report.diagnostics {
            let key = (
                path.clone(),
                diagnostic.code.clone(),
                fingerprint(report, diagnostic),
            );
            self.entries
                .entry(key)
                .or_insert_with(|| (0, diagnostic.message.clone()))
                .0 += 1;
        }
    }

    /// How many findings were recorded.
    pub fn len(&self) -> usize {
        self.entries.values().map(|(count, _)| count).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The baseline file's text.
    pub fn to_json(&self) -> String {
        let findings = self
            .entries
            .iter()
            .map(|((path, code, fingerprint), (count, message))| Entry {
                path: path.clone(),
                code: code.clone(),
                fingerprint: fingerprint.clone(),
                count: *count,
                message: message.clone(),
            })
            .collect();
        let file = BaselineFile {
            version: BASELINE_VERSION,
            findings,
        };
        let mut text = serde_json::to_string_pretty(&file).expect("a baseline serializes");
        text.push('\n');
        text
    }

    /// Writes the baseline (atomically: a temporary file in the same folder, renamed).
    pub fn write(&self) -> Result<(), String> {
        let fail = |error: std::io::Error| {
            format!(
                "cannot write baseline {}: {}",
                self.path.display(),
                plain_io_error(&error)
            )
        };
        let dir = match self.path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let mut temp = tempfile::Builder::new()
            .prefix(".article-lint-baseline-")
            .tempfile_in(dir)
            .map_err(fail)?;
        std::io::Write::write_all(&mut temp, self.to_json().as_bytes()).map_err(fail)?;
        temp.persist(&self.path)
            .map_err(|error| fail(error.error))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use article_model::{Source, Span};

    use super::*;
    use crate::diagnostic::Severity;

    #[test]
    fn fnv1a_is_the_standard_hash() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    fn report(text: &str, needle: &str) -> FileReport {
        let start = text.find(needle).unwrap();
        FileReport {
            path: PathBuf::from("a.md"),
            source: Some(Source::new("a.md", text)),
            diagnostics: vec![Diagnostic::new(
                "x/y",
                Severity::Error,
                "m",
                Span::new(start, start + needle.len()),
            )],
        }
    }

    #[test]
    fn fingerprint_ignores_the_line_number_but_not_the_text() {
        let a = report("one\n  Costs 5 percent.\n", "5 percent");
        let b = report("zero\n\none\n\tCosts 5 percent.  \n", "5 percent");
        let c = report("one\nCosts 6 percent.\n", "6 percent");
        let fp = |r: &FileReport| fingerprint(r, &r.diagnostics[0]);
        assert_eq!(fp(&a), fp(&b));
        assert_ne!(fp(&a), fp(&c));
    }

    #[test]
    fn counts_let_duplicates_through_one_by_one() {
        let mut recorder = Recorder::new(Path::new("baseline.json"));
        let recorded = report("Costs 5 percent.\n", "5 percent");
        recorder.add(&recorded);
        let file: BaselineFile = serde_json::from_str(&recorder.to_json()).unwrap();
        let mut baseline = Baseline {
            base: folder_of(Path::new("baseline.json")),
            remaining: file
                .findings
                .into_iter()
                .map(|e| ((e.path, e.code, e.fingerprint), e.count))
                .collect(),
        };
        let mut twice = recorded.clone();
        twice.diagnostics.push(twice.diagnostics[0].clone());
        assert_eq!(baseline.filter(&mut twice), 1);
        assert_eq!(twice.diagnostics.len(), 1);
    }
}
