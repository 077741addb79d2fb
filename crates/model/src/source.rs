//! The text of one file and the offset → line/column index over it.

use std::path::{Path, PathBuf};

use crate::Span;

/// A 1-based line and column; the column counts Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// One file's path and full text, with a line index built once.
///
/// The text keeps a leading BOM and CRLF line endings as they are in the file, so
/// every byte offset in the model is a file offset and fixes can be written back
/// without changing either.
#[derive(Debug, Clone)]
pub struct Source {
    path: PathBuf,
    text: String,
    line_starts: Vec<usize>,
}

/// The UTF-8 byte order mark.
pub const BOM: &str = "\u{feff}";

impl Source {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            path: path.into(),
            text,
            line_starts,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn has_bom(&self) -> bool {
        self.text.starts_with(BOM)
    }

    /// Offset just past the BOM, where the content starts.
    pub fn content_start(&self) -> usize {
        if self.has_bom() { BOM.len() } else { 0 }
    }

    /// Whether the file's first line ends in CRLF (the line ending fixes should keep).
    pub fn uses_crlf(&self) -> bool {
        self.text
            .find('\n')
            .is_some_and(|i| i > 0 && self.text.as_bytes()[i - 1] == b'\r')
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The 1-based line/column of a byte offset. Offsets past the end clamp to the end;
    /// an offset inside a multi-byte character counts as that character.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line_index = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let line_start = self.line_starts[line_index];
        let mut prefix_end = offset;
        while !self.text.is_char_boundary(prefix_end) {
            prefix_end -= 1;
        }
        let mut column = self.text[line_start..prefix_end].chars().count() + 1;
        // The BOM is not a visible column.
        if line_index == 0 && self.has_bom() && offset >= BOM.len() {
            column -= 1;
        }
        LineCol {
            line: line_index + 1,
            column,
        }
    }

    /// The byte span of the 1-based line `line`, without its line ending.
    pub fn line_span(&self, line: usize) -> Option<Span> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let mut end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        if end > start && self.text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        Some(Span::new(start, end.max(start)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_scalars_and_skips_bom() {
        let source = Source::new("a.md", "\u{feff}ab\r\nçé x\n");
        assert_eq!(source.line_col(3), LineCol { line: 1, column: 1 });
        assert_eq!(source.line_col(4), LineCol { line: 1, column: 2 });
        let x = source.text().find('x').unwrap();
        assert_eq!(source.line_col(x), LineCol { line: 2, column: 4 });
        assert!(source.uses_crlf());
        assert_eq!(source.slice(source.line_span(1).unwrap()), "\u{feff}ab");
        assert_eq!(source.slice(source.line_span(2).unwrap()), "çé x");
    }

    #[test]
    fn offsets_past_the_end_clamp() {
        let source = Source::new("a.md", "ab\n");
        assert_eq!(source.line_col(99), LineCol { line: 2, column: 1 });
        assert!(source.line_span(5).is_none());
    }
}
