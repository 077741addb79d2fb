//! One walk over the YAML parser's events builds the JSON value tree and the span index.

use crate::{ParseError, ParseErrorKind, Source, Span, SpanIndex};

pub(crate) fn parse_yaml(
    source: &Source,
    content: Span,
) -> Result<(serde_json::Value, SpanIndex), ParseError> {
    let _ = source;
    Err(ParseError::new(
        ParseErrorKind::Yaml,
        "not implemented",
        content,
    ))
}
