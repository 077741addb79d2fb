//! Indexed reads over one block's tokens, shared by the recognizers (dates, numbers,
//! dateline). Every read past either end is `None`/`false`, never a panic.

use super::{Token, TokenKind};
use crate::Span;

/// A block's tokens and the text they index into.
#[derive(Clone, Copy)]
pub struct TokenCursor<'a> {
    pub tokens: &'a [Token],
    pub text: &'a str,
}

impl<'a> TokenCursor<'a> {
    pub fn new(tokens: &'a [Token], text: &'a str) -> Self {
        Self { tokens, text }
    }

    /// The text of token `i`, if there is one.
    #[inline]
    pub fn text_of(&self, i: usize) -> Option<&'a str> {
        self.tokens.get(i).map(|t| t.as_str(self.text))
    }

    /// The text of token `i`, or `""` past the end.
    #[inline]
    pub fn str(&self, i: usize) -> &'a str {
        self.text_of(i).unwrap_or("")
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::is_word)
    }

    /// The text of token `i` when it is a word.
    #[inline]
    pub fn word(&self, i: usize) -> Option<&'a str> {
        self.tokens
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| t.as_str(self.text))
    }

    /// Whether token `i` is the punctuation `p`.
    #[inline]
    pub fn punct(&self, i: usize, p: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.as_str(self.text) == p)
    }

    /// Whether token `i` is glued to the one before it.
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::glued)
    }

    #[inline]
    pub fn is_number(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.number().is_some())
    }

    /// A number or other digits (times, numeric dates, versions).
    #[inline]
    pub fn is_numeric(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Number(_) | TokenKind::Numeric))
    }

    /// The source span from token `first` to token `last` included.
    pub fn span(&self, first: usize, last: usize) -> Span {
        self.tokens[first].span.cover(self.tokens[last].span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{TextBuf, tokenize};

    #[test]
    fn reads_past_the_ends_are_empty() {
        let buf = TextBuf::verbatim("F-16 jets", 10);
        let tokens = tokenize(&buf);
        let c = TokenCursor::new(&tokens, buf.text());
        assert_eq!(c.word(0), Some("F"));
        assert!(c.punct(1, "-") && c.glued(2) && c.is_number(2) && c.is_numeric(2));
        assert_eq!(c.str(9), "");
        assert_eq!(c.text_of(9), None);
        assert!(!c.is_word(9) && !c.glued(9) && !c.punct(9, "-"));
        assert_eq!(c.span(0, 2), Span::new(10, 14));
    }
}
