//! The text of one file and the offset → line/column index over it.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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
    /// The count of characters before every [`CHAR_MARK_STRIDE`]-th byte (moved back
    /// to a character boundary), built on the first column asked for far into a long
    /// line, so that a paragraph of a million bytes on one line with thousands of
    /// findings costs thousands of short counts, not thousands of long ones.
    char_marks: OnceLock<Vec<(usize, usize)>>,
}

/// Bytes between two entries of [`Source::char_marks`].
const CHAR_MARK_STRIDE: usize = 4096;

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
            char_marks: OnceLock::new(),
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
        let mut column = if prefix_end - line_start > CHAR_MARK_STRIDE {
            self.chars_before(prefix_end) - self.chars_before(line_start) + 1
        } else {
            self.text[line_start..prefix_end].chars().count() + 1
        };
        // The BOM is not a visible column.
        if line_index == 0 && self.has_bom() && offset >= BOM.len() {
            column -= 1;
        }
        LineCol {
            line: line_index + 1,
            column,
        }
    }

    /// The number of characters before byte `offset` (a character boundary), counted
    /// from the nearest mark before it.
    fn chars_before(&self, offset: usize) -> usize {
        let marks = self.char_marks.get_or_init(|| {
            let mut marks = vec![(0, 0)];
            let (mut at, mut chars) = (0, 0);
            while at + CHAR_MARK_STRIDE < self.text.len() {
                let mut next = at + CHAR_MARK_STRIDE;
                while !self.text.is_char_boundary(next) {
                    next -= 1;
                }
                chars += self.text[at..next].chars().count();
                marks.push((next, chars));
                at = next;
            }
            marks
        });
        let (mark, chars) = marks[marks.partition_point(|&(at, _)| at <= offset) - 1];
        chars + self.text[mark..offset].chars().count()
    }

    /// The 1-based line of a byte offset (offsets past the end clamp to the end), found
    /// in the line index without counting the column.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= offset.min(self.text.len()))
    }

    /// The byte offset where the 1-based line `line` starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line.checked_sub(1)?).copied()
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
    fn long_lines_count_columns_from_marks_as_from_the_line_start() {
        // Multi-byte characters straddle the marks, over several lines; a BOM first.
        let line = "é—a ".repeat(3000);
        let text = format!("\u{feff}{line}\n{line}\nx{line}");
        let source = Source::new("a.md", text.clone());
        for offset in (0..text.len()).step_by(997).chain([text.len()]) {
            let line_start = text.as_bytes()[..offset]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let mut prefix_end = offset;
            while !text.is_char_boundary(prefix_end) {
                prefix_end -= 1;
            }
            let mut column = text[line_start..prefix_end].chars().count() + 1;
            if line_start == 0 && offset >= BOM.len() {
                column -= 1;
            }
            assert_eq!(source.line_col(offset).column, column, "offset {offset}");
        }
    }

    #[test]
    fn offsets_past_the_end_clamp() {
        let source = Source::new("a.md", "ab\n");
        assert_eq!(source.line_col(99), LineCol { line: 2, column: 1 });
        assert!(source.line_span(5).is_none());
        assert_eq!(source.line_of(99), 2);
        assert!(source.line_start(3).is_none());
    }

    #[test]
    fn line_of_and_line_start_agree_with_line_col() {
        let source = Source::new("a.md", "\u{feff}ab\r\nçé x\n\nlast");
        for offset in 0..=source.text().len() + 1 {
            let line = source.line_of(offset);
            assert_eq!(line, source.line_col(offset).line, "offset {offset}");
            assert!(source.line_start(line).unwrap() <= offset);
        }
        assert_eq!(source.line_start(1), Some(0));
        assert_eq!(source.line_start(2), source.text().find('ç'));
        assert_eq!(source.line_start(0), None);
    }
}
