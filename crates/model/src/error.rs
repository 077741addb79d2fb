//! Why a file could not be read into an [`crate::Article`].

use crate::Span;

/// What went wrong while reading a file. Each kind has a stable diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParseErrorKind {
    /// The bytes are not UTF-8.
    Utf8,
    /// The file has no bytes (or only a BOM / whitespace).
    Empty,
    /// The file looks binary (contains NUL bytes).
    Binary,
    /// The file is larger than [`crate::limits::MAX_FILE_BYTES`].
    TooLarge,
    /// The file does not open with a `---` front matter line.
    FrontMatterMissing,
    /// The opening `---` has no closing `---` / `...` line.
    FrontMatterUnterminated,
    /// The front matter is not valid YAML.
    Yaml,
    /// The front matter is valid YAML but not a mapping.
    FrontMatterNotMapping,
    /// The same key appears twice in one mapping.
    DuplicateKey,
    /// Alias expansion, nesting depth or node count went past the bounds.
    YamlLimits,
}

impl ParseErrorKind {
    /// The diagnostic code, `parse/<what>`.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Utf8 => "parse/utf8",
            Self::Empty => "parse/empty",
            Self::Binary => "parse/binary",
            Self::TooLarge => "parse/too-large",
            Self::FrontMatterMissing => "parse/front-matter-missing",
            Self::FrontMatterUnterminated => "parse/front-matter-unterminated",
            Self::Yaml => "parse/yaml",
            Self::FrontMatterNotMapping => "parse/front-matter-not-mapping",
            Self::DuplicateKey => "parse/duplicate-key",
            Self::YamlLimits => "parse/yaml-limits",
        }
    }

    pub const ALL: [ParseErrorKind; 10] = [
        Self::Utf8,
        Self::Empty,
        Self::Binary,
        Self::TooLarge,
        Self::FrontMatterMissing,
        Self::FrontMatterUnterminated,
        Self::Yaml,
        Self::FrontMatterNotMapping,
        Self::DuplicateKey,
        Self::YamlLimits,
    ];
}

/// A located reason the file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    /// A plain-words sentence, e.g. "the front matter opened on line 1 is never closed".
    pub message: String,
    /// Where: a byte span in the source text (or, for `Utf8`, the offending byte offset
    /// in the raw file as an empty span).
    pub span: Span,
    /// A short label for the span.
    pub label: Option<String>,
    /// Spans that explain the error (e.g. the first of two duplicate keys).
    pub related: Vec<(Span, String)>,
    /// How to fix it.
    pub help: Option<String>,
}

impl ParseError {
    pub fn new(kind: ParseErrorKind, message: impl Into<String>, span: Span) -> Self {
        Self {
            kind,
            message: message.into(),
            span,
            label: None,
            related: Vec::new(),
            help: None,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_related(mut self, span: Span, label: impl Into<String>) -> Self {
        self.related.push((span, label.into()));
        self
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.code(), self.message)
    }
}

impl std::error::Error for ParseError {}
