//! Runs every check on one file: read → parse → schema → rules → sorted findings.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use article_model::{Article, ParseError, Rejected, Source, limits};
use article_schema::{ArticleSchema, FindingSeverity, SchemaFinding};

use crate::context::Context;
use crate::diagnostic::{Diagnostic, Severity};
use crate::levels::Levels;
use crate::rule::Rule;

/// Everything found in one file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The path as given or discovered (stdin uses `--stdin-filename` or `-`).
    pub path: PathBuf,
    /// The text, when the file was readable UTF-8.
    pub source: Option<Source>,
    pub diagnostics: Vec<Diagnostic>,
}

impl FileReport {
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// What one file is checked with: context, levels, schema and the enabled rules.
/// Files under the same configuration (and overrides) share one.
pub struct Settings {
    pub context: Context,
    pub levels: Levels,
    pub schema: ArticleSchema,
    rules: Vec<&'static dyn Rule>,
}

impl Settings {
    pub fn new(context: Context, levels: Levels, schema: ArticleSchema) -> Self {
        let rules = levels.rules_enabled().collect();
        Self {
            context,
            levels,
            schema,
            rules,
        }
    }
}

/// The checks of one run, built once and shared by every file (it is `Sync`).
pub struct Engine {
    /// The default context (files without settings of their own).
    pub context: Context,
    pub levels: Levels,
    default: Arc<Settings>,
    /// Per-file settings (from configuration), by the path the file is checked as.
    files: HashMap<PathBuf, Arc<Settings>>,
    /// Folders the walk could not read, with why: each is reported as `io/read`.
    pub unreadable: HashMap<PathBuf, String>,
}

impl Engine {
    pub fn new(context: Context, levels: Levels, schema: ArticleSchema) -> Self {
        let default = Arc::new(Settings::new(context.clone(), levels.clone(), schema));
        Self {
            context,
            levels,
            default,
            files: HashMap::new(),
            unreadable: HashMap::new(),
        }
    }

    /// An engine whose files each have their own settings (`files`, by the path they
    /// are checked as); any other path is checked with `default`.
    pub fn with_settings(default: Arc<Settings>, files: HashMap<PathBuf, Arc<Settings>>) -> Self {
        Self {
            context: default.context.clone(),
            levels: default.levels.clone(),
            default,
            files,
            unreadable: HashMap::new(),
        }
    }

    /// The settings a path is checked with.
    pub fn settings_for(&self, path: &Path) -> &Settings {
        self.files.get(path).unwrap_or(&self.default)
    }

    /// Checks the bytes of one file.
    pub fn check_bytes(&self, path: &Path, bytes: Vec<u8>) -> FileReport {
        match Article::from_bytes(path, bytes) {
            Ok(article) => {
                let diagnostics = self.check_article(&article);
                FileReport {
                    path: path.to_owned(),
                    source: Some(article.source),
                    diagnostics,
                }
            }
            Err(rejected) => self.rejected(path, *rejected),
        }
    }

    /// Reads and checks one file; an unreadable file is an `io/read` finding.
    pub fn check_path(&self, path: &Path) -> FileReport {
        if let Some(why) = self.unreadable.get(path) {
            return FileReport {
                path: path.to_owned(),
                source: None,
                diagnostics: vec![Diagnostic::new(
                    "io/read",
                    Severity::Error,
                    format!("cannot read the folder {}: {why}", path.display()),
                    article_model::Span::empty(0),
                )],
            };
        }
        match read_bounded(path) {
            Ok(Ok(bytes)) => self.check_bytes(path, bytes),
            Ok(Err(size)) => self.rejected(
                path,
                Rejected {
                    source: None,
                    error: limits::too_large(size),
                },
            ),
            Err(error) => FileReport {
                path: path.to_owned(),
                source: None,
                diagnostics: vec![io_diagnostic(path, &error)],
            },
        }
    }

    /// The report for standard input longer than the limit (its size is not known:
    /// reading stops one byte past the limit).
    pub fn stdin_too_large(&self, path: &Path) -> FileReport {
        let limit = limits::MAX_FILE_BYTES;
        let error = ParseError::new(
            article_model::ParseErrorKind::TooLarge,
            format!(
                "standard input is longer than the limit of {limit} bytes ({} MiB)",
                limit / (1024 * 1024)
            ),
            article_model::Span::empty(0),
        )
        .with_help("an article is a few kilobytes; check that this is the input you meant");
        self.rejected(
            path,
            Rejected {
                source: None,
                error,
            },
        )
    }

    fn rejected(&self, path: &Path, rejected: Rejected) -> FileReport {
        let mut diagnostic = parse_diagnostic(rejected.error);
        if rejected.source.as_ref().is_some_and(|source| {
            let text = source.text();
            text.contains('\r') && !text.contains('\n')
        }) {
            // Lines ending in a bare CR are one line to the parser: say why.
            diagnostic.help = Some(
                "the file's lines end in a bare CR (classic Mac OS line endings), which are \
                 not line breaks here; convert them to LF or CRLF"
                    .to_owned(),
            );
        }
        let diagnostics = self
            .finish(self.settings_for(path), vec![diagnostic])
            .into_iter()
            .collect();
        FileReport {
            path: path.to_owned(),
            source: rejected.source,
            diagnostics,
        }
    }

    /// Schema and rule findings for a parsed article, levels applied, sorted.
    pub fn check_article(&self, article: &Article) -> Vec<Diagnostic> {
        let settings = self.settings_for(article.source.path());
        let front_matter = &article.front_matter;
        let mut diagnostics: Vec<Diagnostic> = settings
            .schema
            .validate(
                &front_matter.value,
                &front_matter.spans,
                front_matter.delimiters.opening,
            )
            .into_iter()
            .map(schema_diagnostic)
            .collect();
        for rule in &settings.rules {
            rule.check(article, &settings.context, &mut diagnostics);
        }
        let kept = self.finish(settings, diagnostics);
        crate::suppress::apply(article, kept, &settings.levels)
    }

    /// Applies configured levels (dropping what is off) and sorts by position.
    fn finish(&self, settings: &Settings, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let mut kept: Vec<Diagnostic> = diagnostics
            .into_iter()
            .filter_map(|mut diagnostic| {
                diagnostic.severity = settings
                    .levels
                    .resolve(&diagnostic.code, diagnostic.severity)?;
                Some(diagnostic)
            })
            .collect();
        sort_diagnostics(&mut kept);
        kept
    }
}

/// Reads a file, or returns its size when it is over the limit, without reading more
/// than the limit (a huge file, or one that grows while read, is never loaded whole).
pub fn read_bounded(path: &Path) -> std::io::Result<Result<Vec<u8>, u64>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    let limit = limits::MAX_FILE_BYTES as u64;
    if size > limit {
        return Ok(Err(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Ok(Err(bytes.len() as u64));
    }
    Ok(Ok(bytes))
}

/// Position, then code, then message: a deterministic order.
pub fn sort_diagnostics(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.code, &a.message).cmp(&(
            b.span.start,
            b.span.end,
            &b.code,
            &b.message,
        ))
    });
}

pub fn parse_diagnostic(error: ParseError) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(
        error.kind.code(),
        Severity::Error,
        error.message,
        error.span,
    );
    diagnostic.label = error.label;
    diagnostic.help = error.help;
    for (span, message) in error.related {
        diagnostic = diagnostic.with_secondary(span, message);
    }
    diagnostic
}

pub fn schema_diagnostic(finding: SchemaFinding) -> Diagnostic {
    let severity = match finding.severity {
        FindingSeverity::Error => Severity::Error,
        FindingSeverity::Warning => Severity::Warning,
    };
    let mut diagnostic = Diagnostic::new(finding.code, severity, finding.message, finding.span)
        .with_label(finding.label);
    diagnostic.help = finding.help;
    diagnostic.note = finding.note;
    for related in finding.related {
        diagnostic = diagnostic.with_secondary(related.span, related.label);
    }
    diagnostic
}

pub fn io_diagnostic(path: &Path, error: &std::io::Error) -> Diagnostic {
    Diagnostic::new(
        "io/read",
        Severity::Error,
        format!("cannot read {}: {}", path.display(), plain_io_error(error)),
        article_model::Span::empty(0),
    )
}

/// The OS error without the "(os error 2)" suffix.
pub fn plain_io_error(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(index) => text[..index].to_owned(),
        None => text,
    }
}
