//! Plain text assembled from pieces of the source, with a map back to source offsets.

use crate::Span;

/// One run of plain text and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Offset of the piece in [`TextBuf::text`].
    text_start: usize,
    len: usize,
    /// Where it came from in the source.
    source: Span,
    /// Whether the piece is a verbatim copy of `source` (byte-for-byte), so that inner
    /// offsets map exactly. Decoded entities and escapes are not: any offset in them
    /// maps to the whole source span.
    verbatim: bool,
}

/// Plain text (e.g. a paragraph without its Markdown syntax) that remembers, for every
/// byte, where it sits in the source file.
#[derive(Debug, Clone, Default)]
pub struct TextBuf {
    text: String,
    pieces: Vec<Piece>,
}

impl TextBuf {
    pub fn new() -> Self {
        Self::default()
    }

    /// A buffer holding exactly `source_text`, which starts at `offset` in the file.
    pub fn verbatim(source_text: &str, offset: usize) -> Self {
        let mut buf = Self::new();
        buf.push(
            source_text,
            Span::new(offset, offset + source_text.len()),
            true,
        );
        buf
    }

    /// Appends `text`, which came from `source`. Pass `verbatim = true` only when
    /// `text` is byte-for-byte the source slice.
    pub fn push(&mut self, text: &str, source: Span, verbatim: bool) {
        if text.is_empty() {
            return;
        }
        let verbatim = verbatim && text.len() == source.len();
        self.pieces.push(Piece {
            text_start: self.text.len(),
            len: text.len(),
            source,
            verbatim,
        });
        self.text.push_str(text);
    }

    /// Appends a separator (e.g. a space for a soft line break) that maps to `source`.
    pub fn push_separator(&mut self, separator: &str, source: Span) {
        self.push(separator, source, false);
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The source span of the text range `start..end`.
    pub fn source_span(&self, start: usize, end: usize) -> Span {
        if self.pieces.is_empty() {
            return Span::default();
        }
        let first = self.source_start(start);
        let last = if end > start {
            self.source_end(end)
        } else {
            first
        };
        Span::new(first, last.max(first))
    }

    fn piece_at(&self, offset: usize) -> &Piece {
        let index = self
            .pieces
            .partition_point(|piece| piece.text_start <= offset)
            .saturating_sub(1);
        &self.pieces[index]
    }

    fn source_start(&self, offset: usize) -> usize {
        let piece = self.piece_at(offset);
        let inner = offset.saturating_sub(piece.text_start);
        if inner >= piece.len {
            piece.source.end
        } else if piece.verbatim {
            piece.source.start + inner
        } else {
            piece.source.start
        }
    }

    fn source_end(&self, end: usize) -> usize {
        // The byte before `end` decides which piece the range ends in.
        let piece = self.piece_at(end - 1);
        let inner = end - piece.text_start;
        if piece.verbatim {
            piece.source.start + inner.min(piece.len)
        } else {
            piece.source.end
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_verbatim_and_decoded_pieces() {
        // Source: "a *b* &amp; c" → text "a b & c"
        let mut buf = TextBuf::new();
        buf.push("a ", Span::new(0, 2), true);
        buf.push("b", Span::new(3, 4), true);
        buf.push(" ", Span::new(5, 6), true);
        buf.push("&", Span::new(6, 11), false);
        buf.push(" c", Span::new(11, 13), true);
        assert_eq!(buf.text(), "a b & c");
        assert_eq!(buf.source_span(2, 3), Span::new(3, 4));
        assert_eq!(buf.source_span(4, 5), Span::new(6, 11));
        assert_eq!(buf.source_span(6, 7), Span::new(12, 13));
        assert_eq!(buf.source_span(0, 7), Span::new(0, 13));
    }
}
