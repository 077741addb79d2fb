//! Markdown → prose blocks (pulldown-cmark with source offsets).

use super::Body;
use crate::{Source, Span};

/// Parses the body, which starts at byte `start` of the source.
pub fn parse_body(source: &Source, start: usize) -> Body {
    Body {
        span: Span::new(start, source.text().len()),
        ..Body::default()
    }
}
