//! The shared prose layer: plain text mapped back to source offsets, tokens and
//! sentences. Every prose rule reads these; none re-parses the file.

mod sentences;
mod text_buf;
mod tokens;

pub use sentences::{Sentence, split_sentences};
pub use text_buf::TextBuf;
pub use tokens::{Grouping, Number, Token, TokenKind, tokenize};
