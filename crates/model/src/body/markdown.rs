//! Markdown → prose blocks (pulldown-cmark with source offsets).
//!
//! Every prose block (paragraph, heading, list item, table cell) becomes a [`Block`]
//! whose [`TextBuf`] holds the plain text with the Markdown syntax removed and maps
//! every byte back to the file:
//!
//! - emphasis, strong and strikethrough markers are dropped, their text kept;
//! - link text is kept, link destinations and titles are not;
//! - images are left out entirely (alt text and source);
//! - autolinks (`<https://…>`) and bare URLs (`https://…`, `www.…`) become a single
//!   space that maps to the URL;
//! - inline code spans, soft and hard line breaks and `<br>` become a single space;
//! - other inline HTML and footnote references are left out;
//! - fenced and indented code blocks and HTML blocks produce no prose.
//!
//! Lists: a tight list item's own text (up to a nested block such as a sub-list) is
//! one [`BlockKind::ListItem`] block; in a loose list, every paragraph inside an item
//! is a [`BlockKind::ListItem`] block. Either way, any paragraph inside a list item is a
//! `ListItem` block, so rules see the same kind whatever the list's spacing.
//!
//! HTML comments (`<!-- … -->`), in HTML blocks or inline, are collected into
//! [`Body::comments`].

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::dateline::find_dateline;
use super::{Block, BlockKind, Body, HtmlComment};
use crate::text::dates::{month_word, weekday_word};
use crate::text::{TextBuf, TokenKind, split_sentences, tokenize};
use crate::{BOM, Source, Span};

/// Parses the body, which starts at byte `start` of the source.
pub fn parse_body(source: &Source, start: usize) -> Body {
    let full = source.text();
    let start = start.min(full.len());
    let span = Span::new(start, full.len());
    // A BOM at the start of the body (a file without front matter) is not text.
    let parse_start = if full[start..].starts_with(BOM) {
        start + BOM.len()
    } else {
        start
    };
    let mut walker = Walker::new(full);
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    for (event, range) in Parser::new_ext(&full[parse_start..], options).into_offset_iter() {
        let range = range.start + parse_start..range.end + parse_start;
        walker.event(event, range);
    }
    walker.close_block();
    let mut body = Body {
        span,
        blocks: walker.blocks,
        dateline: None,
        dateline_block: None,
        comments: collect_comments(full, &walker.html_ranges),
    };
    attach_dateline(&mut body);
    body
}

/// How many paragraphs (date-only and scrape-residue lines not counted) are searched
/// for a dateline.
const DATELINE_PARAGRAPHS: usize = 3;

/// Finds the dateline: the first of the body's first three top-level paragraphs that
/// starts with one. Headings, list items, table cells and block quotes are never
/// searched; paragraphs of display dates ("Fri Feb 06 2026") and scrape residue
/// ("icon-facebook icon-twitter") are searched but not counted (see [`is_preamble`]).
fn attach_dateline(body: &mut Body) {
    let mut counted = 0;
    for (index, block) in body.blocks.iter_mut().enumerate() {
        if block.kind != BlockKind::Paragraph || block.in_blockquote {
            continue;
        }
        if let Some(dateline) = find_dateline(&block.tokens, block.text.text()) {
            block.sentences = split_sentences(&block.tokens, block.text.text(), dateline.end_token);
            body.dateline = Some(dateline);
            body.dateline_block = Some(index);
            return;
        }
        if is_preamble(block) {
            continue;
        }
        counted += 1;
        if counted == DATELINE_PARAGRAPHS {
            return;
        }
    }
}

/// Words besides month and weekday names that a display date line may hold
/// ("Updated: Fri Feb 06 2026 10:30 a.m. PKT").
const DATE_LINE_WORDS: &[&str] = &[
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "gmt",
    "utc",
    "pkt",
    "pst",
    "ist",
    "est",
    "updated",
    "published",
    "on",
    "at",
];

fn is_date_word(word: &str) -> bool {
    month_word(word).is_some()
        || weekday_word(word).is_some()
        || DATE_LINE_WORDS
            .iter()
            .any(|known| known.eq_ignore_ascii_case(word))
}

/// A paragraph of display dates and scrape residue, line by line: "Fri Feb 06 2026",
/// "Updated: 6 February 2026", "icon-facebook icon-twitter icon-whatsapp". Its words
/// are date words or lower-case; the rest numbers and date punctuation.
fn is_preamble(block: &Block) -> bool {
    let text = block.text.text();
    block.tokens.iter().all(|token| match token.kind {
        TokenKind::Word => {
            let word = token.as_str(text);
            word.chars().all(|c| c.is_ascii_lowercase()) || is_date_word(word)
        }
        TokenKind::Number(_) | TokenKind::Numeric => true,
        TokenKind::Punct => matches!(
            token.as_str(text),
            "," | "." | ":" | "/" | "-" | "–" | "—" | "|" | "·" | "_"
        ),
        TokenKind::Quote { .. } => false,
    })
}

/// Byte ranges of HTML events; comments are looked for in them.
fn collect_comments(full: &str, html_ranges: &[Range<usize>]) -> Vec<HtmlComment> {
    let mut comments = Vec::new();
    let mut last_end = 0;
    for range in html_ranges {
        let mut from = range.start.max(last_end);
        while from < range.end {
            let Some(found) = full[from..range.end].find("<!--") else {
                break;
            };
            let open = from + found;
            let inner_start = open + 4;
            let Some(close) = full[inner_start..].find("-->") else {
                break;
            };
            let inner_end = inner_start + close;
            let end = inner_end + 3;
            comments.push(HtmlComment {
                span: Span::new(open, end),
                text: full[inner_start..inner_end].trim().to_owned(),
            });
            last_end = end;
            from = end;
        }
    }
    comments
}

/// Plain text being assembled for one block, before URLs are cut out.
#[derive(Default)]
struct Draft {
    text: String,
    pieces: Vec<DraftPiece>,
}

struct DraftPiece {
    /// Range in `Draft::text`.
    text: Range<usize>,
    source: Span,
    verbatim: bool,
}

impl Draft {
    fn push(&mut self, text: &str, source: Span, verbatim: bool) {
        if text.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(text);
        self.pieces.push(DraftPiece {
            text: start..self.text.len(),
            source,
            verbatim: verbatim && text.len() == source.len(),
        });
    }

    /// Appends a piece and its text, or the part of it within `within` (text offsets).
    fn push_part(&self, buf: &mut TextBuf, piece: &DraftPiece, within: Range<usize>) {
        let start = piece.text.start.max(within.start);
        let end = piece.text.end.min(within.end);
        if start >= end {
            return;
        }
        let text = &self.text[start..end];
        if piece.verbatim {
            let offset = piece.source.start + (start - piece.text.start);
            buf.push(text, Span::new(offset, offset + text.len()), true);
        } else {
            buf.push(text, piece.source, false);
        }
    }

    /// The final text: bare URLs replaced by a single space mapped to the URL.
    fn into_text_buf(self) -> TextBuf {
        let mut whole = TextBuf::new();
        for piece in &self.pieces {
            whole.push(&self.text[piece.text.clone()], piece.source, piece.verbatim);
        }
        let urls = find_urls(&self.text);
        if urls.is_empty() {
            return whole;
        }
        let mut buf = TextBuf::new();
        let mut kept_from = 0;
        let mut first_piece = 0;
        let mut segments: Vec<(Range<usize>, Option<Span>)> = Vec::new();
        for url in &urls {
            segments.push((kept_from..url.start, None));
            segments.push((url.clone(), Some(whole.source_span(url.start, url.end))));
            kept_from = url.end;
        }
        segments.push((kept_from..self.text.len(), None));
        for (range, url_span) in segments {
            if let Some(span) = url_span {
                buf.push_separator(" ", span);
                continue;
            }
            while first_piece < self.pieces.len()
                && self.pieces[first_piece].text.end <= range.start
            {
                first_piece += 1;
            }
            for piece in &self.pieces[first_piece..] {
                if piece.text.start >= range.end {
                    break;
                }
                self.push_part(&mut buf, piece, range.clone());
            }
        }
        buf
    }
}

/// Text ranges of bare URLs: `http://…`, `https://…`, `ftp://…`, `www.…`, up to white
/// space, without trailing punctuation (a closing parenthesis only when unbalanced).
fn find_urls(text: &str) -> Vec<Range<usize>> {
    let mut urls = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let at_boundary = i == 0 || {
            let prev = text[..i].chars().next_back().unwrap_or(' ');
            !(prev.is_alphanumeric() || matches!(prev, '.' | '/' | '@' | '-' | '_'))
        };
        let rest = &text[i..];
        let prefix = ["https://", "http://", "ftp://", "www."]
            .into_iter()
            .find(|p| {
                rest.get(..p.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(p))
            });
        if at_boundary && let Some(prefix) = prefix {
            let end = i + rest
                .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '“' | '”'))
                .unwrap_or(rest.len());
            let end = trim_url_end(text, i, end);
            if end > i + prefix.len() {
                urls.push(i..end);
                i = end;
                continue;
            }
        }
        i += 1;
        while i < text.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    urls
}

fn trim_url_end(text: &str, start: usize, mut end: usize) -> usize {
    loop {
        let Some(last) = text[start..end].chars().next_back() else {
            return end;
        };
        let trim = match last {
            '.' | ',' | ':' | ';' | '!' | '?' | '\'' | '’' | '*' | '_' | ']' => true,
            ')' => {
                let url = &text[start..end];
                url.matches(')').count() > url.matches('(').count()
            }
            _ => false,
        };
        if !trim {
            return end;
        }
        end -= last.len_utf8();
    }
}

/// One block being built.
struct Open {
    kind: BlockKind,
    in_blockquote: bool,
    span: Span,
    /// A tight list item's block has no tag of its own: its span grows with its content.
    tight: bool,
    draft: Draft,
}

struct Walker<'a> {
    full: &'a str,
    blocks: Vec<Block>,
    html_ranges: Vec<Range<usize>>,
    open: Option<Open>,
    blockquote_depth: usize,
    item_depth: usize,
    /// Inside a code block (its text is not prose).
    code_block_depth: usize,
    /// Inside an image (alt text is not prose).
    image_depth: usize,
    /// For each open link: whether it is an autolink (its text is a URL).
    links: Vec<bool>,
}

impl<'a> Walker<'a> {
    fn new(full: &'a str) -> Self {
        Self {
            full,
            blocks: Vec::new(),
            html_ranges: Vec::new(),
            open: None,
            blockquote_depth: 0,
            item_depth: 0,
            code_block_depth: 0,
            image_depth: 0,
            links: Vec::new(),
        }
    }

    fn open_block(&mut self, kind: BlockKind, range: &Range<usize>, tight: bool) {
        self.close_block();
        self.open = Some(Open {
            kind,
            in_blockquote: self.blockquote_depth > 0,
            span: Span::new(range.start, range.end),
            tight,
            draft: Draft::default(),
        });
    }

    /// The block inline content goes to, opening a tight list item's block if needed.
    fn inline_target(&mut self, range: &Range<usize>) -> Option<&mut Open> {
        if self.code_block_depth > 0 {
            return None;
        }
        if self.open.is_none() {
            let kind = if self.item_depth > 0 {
                BlockKind::ListItem
            } else {
                BlockKind::Paragraph
            };
            self.open_block(kind, range, true);
        }
        let open = self.open.as_mut()?;
        if open.tight {
            open.span = open.span.cover(Span::new(range.start, range.end));
        }
        Some(open)
    }

    /// Whether inline text at this point is prose (not inside an image or autolink).
    fn in_prose(&self) -> bool {
        self.image_depth == 0 && !self.links.iter().any(|&autolink| autolink)
    }

    fn push_text(&mut self, text: &str, range: Range<usize>) {
        let prose = self.in_prose();
        let full = self.full;
        let Some(open) = self.inline_target(&range) else {
            return;
        };
        if prose {
            let verbatim = full.get(range.clone()) == Some(text);
            open.draft
                .push(text, Span::new(range.start, range.end), verbatim);
        }
    }

    fn push_separator(&mut self, range: Range<usize>) {
        let prose = self.in_prose();
        let Some(open) = self.inline_target(&range) else {
            return;
        };
        if prose {
            open.draft
                .push(" ", Span::new(range.start, range.end), false);
        }
    }

    fn close_block(&mut self) {
        let Some(open) = self.open.take() else {
            return;
        };
        let text = open.draft.into_text_buf();
        let tokens = tokenize(&text);
        if tokens.is_empty() {
            return;
        }
        let sentences = split_sentences(&tokens, text.text(), 0);
        self.blocks.push(Block {
            kind: open.kind,
            in_blockquote: open.in_blockquote,
            span: trim_span(self.full, open.span),
            text,
            tokens,
            sentences,
        });
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => {
                if self.code_block_depth == 0 {
                    self.push_text(&text, range);
                }
            }
            Event::Code(_) | Event::InlineMath(_) | Event::SoftBreak | Event::HardBreak => {
                self.push_separator(range);
            }
            Event::DisplayMath(_) => self.push_separator(range),
            Event::Html(_) => self.html_ranges.push(range),
            Event::InlineHtml(html) => {
                self.html_ranges.push(range.clone());
                let tag = html.trim_start_matches('<').trim_start_matches('/');
                let is_br = tag.get(..2).is_some_and(|t| t.eq_ignore_ascii_case("br"))
                    && !tag[2..].starts_with(|c: char| c.is_ascii_alphanumeric());
                if is_br {
                    self.push_separator(range);
                } else {
                    // Keeps a tight list item's span growing; adds no text.
                    let _ = self.inline_target(&range);
                }
            }
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {
                let _ = self.inline_target(&range);
            }
            Event::Rule => self.close_block(),
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        match tag {
            Tag::Paragraph => {
                let kind = if self.item_depth > 0 {
                    BlockKind::ListItem
                } else {
                    BlockKind::Paragraph
                };
                self.open_block(kind, &range, false);
            }
            Tag::Heading { level, .. } => {
                self.open_block(BlockKind::Heading { level: level as u8 }, &range, false);
            }
            Tag::TableCell => self.open_block(BlockKind::TableCell, &range, false),
            Tag::BlockQuote(_) => {
                self.close_block();
                self.blockquote_depth += 1;
            }
            Tag::Item => {
                self.close_block();
                self.item_depth += 1;
            }
            Tag::CodeBlock(_) => {
                self.close_block();
                self.code_block_depth += 1;
            }
            Tag::HtmlBlock
            | Tag::List(_)
            | Tag::FootnoteDefinition(_)
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::MetadataBlock(_) => self.close_block(),
            Tag::Image { .. } => {
                let _ = self.inline_target(&range);
                self.image_depth += 1;
            }
            Tag::Link { link_type, .. } => {
                let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                if autolink {
                    self.push_separator(range);
                } else {
                    let _ = self.inline_target(&range);
                }
                self.links.push(autolink);
            }
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript => {
                let _ = self.inline_target(&range);
            }
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell => self.close_block(),
            TagEnd::BlockQuote(_) => {
                self.close_block();
                self.blockquote_depth = self.blockquote_depth.saturating_sub(1);
            }
            TagEnd::Item => {
                self.close_block();
                self.item_depth = self.item_depth.saturating_sub(1);
            }
            TagEnd::CodeBlock => {
                self.code_block_depth = self.code_block_depth.saturating_sub(1);
            }
            TagEnd::Image => self.image_depth = self.image_depth.saturating_sub(1),
            TagEnd::Link => {
                self.links.pop();
            }
            _ => {}
        }
    }
}

/// A block's span without surrounding white space (a paragraph's range ends after its
/// line ending; a table cell's includes the padding).
fn trim_span(full: &str, span: Span) -> Span {
    let slice = &full[span.range()];
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.end - (slice.len() - slice.trim_end().len());
    Span::new(start, end.max(start))
}
