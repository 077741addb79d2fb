//! Finding the front matter block: a first line `---`, then YAML, then `---` or `...`.

use crate::{ParseError, ParseErrorKind, Source, Span};

/// Where the front matter block sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delimiters {
    /// The opening `---` (without its line ending).
    pub opening: Span,
    /// The YAML between the delimiters (from the line after `---` to the start of the
    /// closing line).
    pub content: Span,
    /// The closing `---` or `...` (without its line ending).
    pub closing: Span,
    /// Where the body starts: after the closing line's line ending.
    pub body_start: usize,
}

fn is_delimiter_line(line: &str, closing: bool) -> bool {
    let line = line.trim_end_matches([' ', '\t']);
    line == "---" || (closing && line == "...")
}

/// Finds the delimiters. The file must start (after an optional BOM) with `---`.
pub fn split_front_matter(source: &Source) -> Result<Delimiters, ParseError> {
    let text = source.text();
    let start = source.content_start();
    if text[start..].trim().is_empty() {
        return Err(ParseError::new(
            ParseErrorKind::Empty,
            "the file is empty",
            Span::empty(start),
        )
        .with_help(
            "an article starts with YAML front matter between `---` lines, then the Markdown body",
        ));
    }
    let first_line = source
        .line_span(1)
        .expect("a non-empty text has a first line");
    let first_line = Span::new(first_line.start.max(start), first_line.end);
    if !is_delimiter_line(source.slice(first_line), false) {
        return Err(ParseError::new(
            ParseErrorKind::FrontMatterMissing,
            "the file does not start with YAML front matter",
            first_line,
        )
        .with_label("expected `---` here")
        .with_help("start the file with a line `---`, the front matter (title, author, published, section), and a closing `---` line"));
    }
    for line in 2..=source.line_count() {
        let Some(span) = source.line_span(line) else {
            break;
        };
        if is_delimiter_line(source.slice(span), true) {
            let content_start = source
                .line_span(2)
                .map_or(span.start, |second| second.start);
            let body_start = source
                .line_span(line + 1)
                .map_or(text.len(), |next| next.start);
            return Ok(Delimiters {
                opening: first_line,
                content: Span::new(content_start, span.start),
                closing: span,
                body_start,
            });
        }
    }
    Err(ParseError::new(
        ParseErrorKind::FrontMatterUnterminated,
        "the front matter opened on line 1 is never closed",
        first_line,
    )
    .with_label("front matter opens here")
    .with_help("add a line `---` after the last front matter key, before the article body"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_delimiters_with_bom_and_crlf() {
        let source = Source::new("a.md", "\u{feff}---\r\ntitle: x\r\n---\r\nBody\r\n");
        let d = split_front_matter(&source).unwrap();
        assert_eq!(source.slice(d.opening), "---");
        assert_eq!(source.slice(d.content), "title: x\r\n");
        assert_eq!(source.slice(d.closing), "---");
        assert_eq!(&source.text()[d.body_start..], "Body\r\n");
    }

    #[test]
    fn accepts_dots_as_closing_and_empty_front_matter() {
        let source = Source::new("a.md", "---\n...\n");
        let d = split_front_matter(&source).unwrap();
        assert!(d.content.is_empty());
        assert_eq!(d.body_start, source.text().len());
    }

    #[test]
    fn reports_missing_unterminated_and_empty() {
        let kind = |text: &str| {
            split_front_matter(&Source::new("a.md", text))
                .unwrap_err()
                .kind
        };
        assert_eq!(kind("# Title\n"), ParseErrorKind::FrontMatterMissing);
        assert_eq!(
            kind("---\ntitle: x\n"),
            ParseErrorKind::FrontMatterUnterminated
        );
        assert_eq!(kind(""), ParseErrorKind::Empty);
        assert_eq!(kind("\u{feff}\n \n"), ParseErrorKind::Empty);
    }
}
