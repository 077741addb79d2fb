//! Front matter: splitting it off, YAML events → JSON value tree + span index, and the
//! typed fields the rules read.

mod fields;
mod split;
mod yaml;

pub use fields::{Author, DateValue, Fields};
pub use split::{Delimiters, split_front_matter};

use crate::{ParseError, Source, Span, SpanIndex};

/// Parses a whole file as one YAML mapping (e.g. article-lint's own configuration),
/// with the same rules, limits and exact spans as front matter. An empty file is an
/// empty mapping.
pub fn parse_yaml_document(source: &Source) -> Result<(serde_json::Value, SpanIndex), ParseError> {
    let content = Span::new(source.content_start(), source.text().len());
    yaml::parse_yaml(source, content)
}

/// The parsed front matter of an article.
#[derive(Debug, Clone)]
pub struct FrontMatter {
    /// Where the opening and closing delimiters and the YAML between them are.
    pub delimiters: Delimiters,
    /// The value tree as JSON (YAML 1.2 core schema: only `true`/`false` are booleans,
    /// quoted scalars and dates are strings). This is what the schema validates.
    pub value: serde_json::Value,
    /// JSON pointer → spans of key and value.
    pub spans: SpanIndex,
    /// Typed fields for the rules.
    pub fields: Fields,
}

/// Splits off and parses the front matter. On success returns it with the byte offset
/// where the body starts.
pub fn parse_front_matter(source: &Source) -> Result<(FrontMatter, usize), ParseError> {
    let delimiters = split_front_matter(source)?;
    let (value, spans) = yaml::parse_yaml(source, delimiters.content)?;
    let fields = Fields::from_value(&value);
    let body_start = delimiters.body_start;
    Ok((
        FrontMatter {
            delimiters,
            value,
            spans,
            fields,
        },
        body_start,
    ))
}
