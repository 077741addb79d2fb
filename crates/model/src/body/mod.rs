//! The Markdown body: prose blocks with their text, tokens and sentences, and the
//! dateline. Code, HTML, URLs, link destinations and image sources are left out.

mod dateline;
mod markdown;

pub use dateline::{Dateline, DatelineForm, find_dateline, in_capitals, to_capitals};
pub use markdown::parse_body;

use crate::Span;
use crate::text::{Sentence, TextBuf, Token};

/// What kind of Markdown block a prose block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading {
        level: u8,
    },
    /// A list item's own text (tight lists: the item; loose lists: each paragraph).
    ListItem,
    TableCell,
}

/// One block of prose.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    /// Inside a `>` block quote.
    pub in_blockquote: bool,
    /// The block's extent in the source.
    pub span: Span,
    /// The plain text (Markdown syntax removed; code spans become a single space).
    pub text: TextBuf,
    pub tokens: Vec<Token>,
    /// Sentences; in the block that holds the dateline they start after it.
    pub sentences: Vec<Sentence>,
}

impl Block {
    /// The text of token `index`.
    pub fn token_text(&self, index: usize) -> &str {
        self.tokens[index].as_str(self.text.text())
    }

    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.clone()]
    }
}

/// An HTML comment in the body (suppressions live in these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlComment {
    pub span: Span,
    /// The text between `<!--` and `-->`, trimmed.
    pub text: String,
}

/// The Markdown body of an article.
#[derive(Debug, Clone, Default)]
pub struct Body {
    /// From the line after the closing front matter delimiter to the end of the file.
    pub span: Span,
    pub blocks: Vec<Block>,
    /// The dateline at the start of the first paragraph, if any.
    pub dateline: Option<Dateline>,
    /// Index in `blocks` of the block holding the dateline.
    pub dateline_block: Option<usize>,
    pub comments: Vec<HtmlComment>,
}
