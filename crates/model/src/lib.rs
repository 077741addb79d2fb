//! `article-model`: reads a news article file (YAML front matter + Markdown body) into
//! a typed model in which every key, value, block, sentence and token knows its exact
//! byte span in the file.

pub mod body;
mod error;
pub mod front_matter;
pub mod limits;
mod memo;
mod source;
mod span;
mod span_index;
pub mod text;

use std::path::PathBuf;

pub use body::Body;
pub use error::{ParseError, ParseErrorKind};
pub use front_matter::FrontMatter;
pub use memo::{Memo, Memoized};
pub use source::{BOM, LineCol, Source};
pub use span::Span;
pub use span_index::{NodeSpans, SpanIndex, child_pointer, escape_pointer_segment};

/// One article, read once and shared by every check.
#[derive(Debug, Clone)]
pub struct Article {
    pub source: Source,
    pub front_matter: FrontMatter,
    pub body: Body,
    /// Analyses shared by several rules, computed once per article on first use.
    pub memo: Memo,
}

/// A file that could not be read into an [`Article`]: the error, and the text when it
/// was valid UTF-8 (so the error can be shown in context).
#[derive(Debug, Clone)]
pub struct Rejected {
    pub source: Option<Source>,
    pub error: ParseError,
}

impl Article {
    /// Reads a file's bytes into an article.
    pub fn from_bytes(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<Article, Box<Rejected>> {
        let path = path.into();
        let source = limits::check_bytes(bytes).map_err(|unreadable| {
            let limits::Unreadable(error, lossy) = *unreadable;
            let source = lossy.map(|text| Source::new(path.clone(), text));
            Box::new(Rejected { source, error })
        })?;
        Self::parse(Source::new(path, source))
    }

    /// Parses a text into an article.
    pub fn parse(source: Source) -> Result<Article, Box<Rejected>> {
        match front_matter::parse_front_matter(&source) {
            Ok((front_matter, body_start)) => {
                let body = body::parse_body(&source, body_start);
                Ok(Article {
                    source,
                    front_matter,
                    body,
                    memo: Memo::default(),
                })
            }
            Err(error) => Err(Box::new(Rejected {
                source: Some(source),
                error,
            })),
        }
    }
}
