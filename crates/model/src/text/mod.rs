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
