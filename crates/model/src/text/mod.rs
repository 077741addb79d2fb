//! The shared prose layer: plain text mapped back to source offsets, tokens and
//! sentences, and the recognizers built on them (dates, numbers). Every prose rule
//! reads these; none re-parses the file.

mod cursor;
pub mod dates;
mod keywords;
pub mod numbers;
mod sentences;
mod text_buf;
mod tokens;

pub use cursor::TokenCursor;
pub use sentences::{Sentence, split_sentences};
pub use text_buf::TextBuf;
pub use tokens::{Grouping, Number, Token, TokenKind, tokenize};

/// Whether `word` starts with a capital letter. Nearly every word starts with an
/// ASCII byte, read as it is; only another first byte is decoded.
pub fn is_capitalized(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(byte) if byte.is_ascii() => byte.is_ascii_uppercase(),
        Some(_) => word.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}
