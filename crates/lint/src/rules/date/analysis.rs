//! What every date rule reads: the publication day and every date mention of the body,
//! recognized once per article (kept in the article's memo).

use std::ops::Range;

use article_model::body::{Block, BlockKind};
use article_model::text::TokenCursor;
use article_model::text::dates::{DateMention, MentionKind, WeekdayPosition, find_dates};
use article_model::text::{Grouping, Token, TokenKind};
use article_model::{Article, Memoized, Span};
use jiff::civil::Date;

use crate::context::Context;
use crate::diagnostic::Diagnostic;
use crate::rule::RuleMeta;

/// Which front matter date a display date line stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisplayKind {
    /// "Fri Feb 06 2026", "Published: 6 February 2026".
    Published,
    /// "Updated: Feb. 7, 2026".
    Updated,
}

/// One date mention and where it sits.
#[derive(Debug, Clone)]
pub struct Found {
    pub block: usize,
    /// Index in the block's sentences (`None` in the dateline).
    pub sentence: Option<usize>,
    pub mention: DateMention,
    /// The mention is a line of its own (a printed date under the headline, or a
    /// dated subhead).
    pub display: Option<DisplayKind>,
    /// A label word precedes the date on its line ("Published:", "Updated"): the line
    /// declares itself the article's date wherever it stands.
    pub labelled: bool,
    /// The date line names UTC or GMT ("Nov. 4, 2026, 4:30 a.m. UTC"): its calendar day
    /// is the day in UTC.
    pub utc: bool,
}

/// Every date mention of one article.
#[derive(Debug, Default)]
pub struct Analysis {
    pub found: Vec<Found>,
}

/// The date mentions of `article`, computed once per article.
pub fn analysis(article: &Article) -> Memoized<'_, Analysis> {
    article.memo.get_or_insert_with(|| analyze(article))
}

fn analyze(article: &Article) -> Analysis {
    let body = &article.body;
    let full = article.source.text();
    let mut found = Vec::new();
    for (index, block) in body.blocks.iter().enumerate() {
        let from = match (body.dateline_block, &body.dateline) {
            (Some(b), Some(dateline)) if b == index => dateline.end_token,
            _ => 0,
        };
        let text = block.text.text();
        let mentions = find_dates(&block.tokens, text, from);
        if mentions.is_empty() {
            continue;
        }
        let can_display = matches!(block.kind, BlockKind::Paragraph | BlockKind::Heading { .. })
            && !block.in_blockquote
            && from == 0;
        let lines = if can_display {
            lines(&block.tokens, full)
        } else {
            Vec::new()
        };
        for mention in mentions {
            // Sentences are in reading order: a binary search, not a scan per mention.
            let sentence = Some(
                block
                    .sentences
                    .partition_point(|s| s.tokens.end <= mention.tokens.start),
            )
            .filter(|&k| {
                block
                    .sentences
                    .get(k)
                    .is_some_and(|s| s.tokens.contains(&mention.tokens.start))
            });
            let display = lines
                .iter()
                .find(|line| line.contains(&mention.tokens.start))
                .and_then(|line| display_kind(&block.tokens, text, line.clone(), &mention));
            found.push(Found {
                block: index,
                sentence,
                mention,
                display: display.map(|d| d.kind),
                labelled: display.is_some_and(|d| d.labelled),
                utc: display.is_some_and(|d| d.utc),
            });
        }
    }
    Analysis { found }
}

/// The token ranges of a block's source lines.
fn lines(tokens: &[Token], full: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..tokens.len() {
        let gap = full
            .get(tokens[i - 1].span.end..tokens[i].span.start)
            .unwrap_or("");
        if gap.contains('\n') {
            out.push(start..i);
            start = i;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

const LABEL_WORDS: &[&str] = &[
    "published",
    "posted",
    "first",
    "date",
    "dated",
    "on",
    "last",
    "updated",
    "modified",
    "revised",
    "edited",
];
const UPDATE_WORDS: &[&str] = &["updated", "modified", "revised", "edited"];
const TIME_WORDS: &[&str] = &[
    "am", "pm", "a.m.", "p.m.", "gmt", "utc", "pkt", "ist", "est", "edt", "et", "pt", "pst", "pdt",
    "bst", "cet", "cest", "at", "hrs", "z",
];

/// What a date line is.
#[derive(Debug, Clone, Copy)]
struct Display {
    kind: DisplayKind,
    labelled: bool,
    utc: bool,
}

/// Labels that make a line a printed date even without a year ("Updated Nov. 4").
const STRONG_LABELS: &[&str] = &[
    "published",
    "posted",
    "date",
    "dated",
    "updated",
    "modified",
    "revised",
    "edited",
];

/// Whether a line is only this date (with a label before it and a time after it), and
/// whether it has a label ("on" alone is no label: "On Nov. 8" can head a timeline). A
/// line may print two stamps apart ("Published Nov. 3, 2026, 6 p.m. EST | Updated Nov.
/// 4, 2026, 2:10 a.m. EST"): each part between `|` or `·` is read alone.
fn display_kind(
    tokens: &[Token],
    text: &str,
    line: std::ops::Range<usize>,
    mention: &DateMention,
) -> Option<Display> {
    if !matches!(
        mention.kind,
        MentionKind::Written(_) | MentionKind::Numeric(_)
    ) {
        return None;
    }
    let separator = |i: &usize| {
        tokens[*i].kind == TokenKind::Punct && matches!(tokens[*i].as_str(text), "|" | "·")
    };
    let start = (line.start..mention.tokens.start)
        .rev()
        .find(separator)
        .map_or(line.start, |i| i + 1);
    let end = (mention.tokens.end..line.end)
        .find(separator)
        .unwrap_or(line.end);
    let mut kind = DisplayKind::Published;
    let mut labelled = false;
    let mut strong = false;
    for token in &tokens[start..mention.tokens.start] {
        let s = token.as_str(text);
        match token.kind {
            TokenKind::Word if LABEL_WORDS.iter().any(|w| w.eq_ignore_ascii_case(s)) => {
                labelled |= !s.eq_ignore_ascii_case("on");
                strong |= STRONG_LABELS.iter().any(|w| w.eq_ignore_ascii_case(s));
                if UPDATE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(s)) {
                    kind = DisplayKind::Updated;
                }
            }
            TokenKind::Punct if matches!(s, ":" | "|" | "-" | "—") => {}
            _ => return None,
        }
    }
    if let MentionKind::Written(w) = &mention.kind {
        // "Monday night, Oct. 13" and "Oct. 14, a Tuesday" are prose, not a printed date.
        let prose_weekday = w.weekday.is_some_and(|d| {
            matches!(
                d.position,
                WeekdayPosition::BeforeWithTime | WeekdayPosition::AfterApposition
            )
        });
        if prose_weekday || (w.year.is_none() && w.weekday.is_none() && !strong) {
            return None;
        }
    }
    let mut utc = false;
    for token in &tokens[mention.tokens.end..end] {
        let s = token.as_str(text);
        let ok = match token.kind {
            TokenKind::Word => {
                utc |= ["utc", "gmt", "z"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(s));
                TIME_WORDS.iter().any(|w| w.eq_ignore_ascii_case(s))
            }
            TokenKind::Numeric => s.contains(':'),
            TokenKind::Number(_) => true,
            TokenKind::Punct => matches!(s, "," | "|" | "·" | "-" | "—" | "(" | ")" | "+" | "."),
            TokenKind::Quote { .. } => false,
        };
        if !ok {
            return None;
        }
    }
    Some(Display {
        kind,
        labelled,
        utc,
    })
}

/// The publication day `P` in the article's zone; `None` without a valid `published`.
pub fn publication_day(article: &Article, ctx: &Context) -> Option<Date> {
    article
        .front_matter
        .fields
        .published
        .as_ref()?
        .civil_date(&ctx.timezone)
}

/// The span of a front matter value (`"/published"`).
pub fn value_span(article: &Article, pointer: &str) -> Option<Span> {
    article.front_matter.spans.get(pointer).map(|n| n.value)
}

/// A finding of `meta`'s rule at its default severity.
pub fn finding(meta: &RuleMeta, message: impl Into<String>, span: Span) -> Diagnostic {
    Diagnostic::new(meta.code, meta.default_severity(), message, span)
}

/// "Friday, Feb. 6, 2026": a date in plain words for messages.
pub fn describe(date: Date) -> String {
    format!(
        "{}, {} {}, {}",
        article_model::text::dates::weekday_name(date.weekday()),
        article_model::text::dates::month_name(date.month()),
        date.day(),
        date.year()
    )
}

/// A year a sentence names besides its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedYear {
    /// A year in figures ("In 1976, ...").
    Known(i16),
    /// A year in words that fix it ("last year", "a year ago": the year before
    /// publication), `opening` when the words open the sentence ("Last year, ..."),
    /// where they set the scene rather than compare ("up from last year").
    Relative { year: i16, opening: bool },
    /// Another year that the words do not fix ("the previous year", "last season").
    Other,
}

/// The years the sentence at `sentence` (token range) of `block` names, outside the
/// tokens `skip` (the date itself): four-digit figures from `min_year` to 2100, "last
/// year", "next year", "a year ago", "a year earlier"/"later", "the previous/prior
/// year", and "last season"/"last offseason" (a sports season: another year, not fixed).
/// `p_year` is the publication year that "last year" counts from.
pub fn named_years(
    block: &Block,
    sentence: Range<usize>,
    skip: Range<usize>,
    p_year: i16,
    min_year: i16,
) -> Vec<NamedYear> {
    let text = block.text.text();
    let word = |i: usize| {
        block
            .tokens
            .get(i)
            .filter(|token| token.is_word() && sentence.contains(&i))
            .map(|token| token.as_str(text))
    };
    let lower_is = |i: Option<usize>, words: &[&str]| {
        i.and_then(word)
            .is_some_and(|w| words.iter().any(|x| x.eq_ignore_ascii_case(w)))
    };
    let mut out = Vec::new();
    for i in sentence.clone() {
        if skip.contains(&i) {
            continue;
        }
        if let Some(number) = block.tokens[i].number() {
            // "2,050 pages" is a count, not the year 2050.
            if number.integer_digits == 4
                && number.grouping == Grouping::None
                && number.is_integer()
                && (f64::from(min_year)..=2100.0).contains(&number.value)
            {
                out.push(NamedYear::Known(number.value as i16));
            }
            continue;
        }
        let Some(w) = word(i) else {
            continue;
        };
        let before = i.checked_sub(1);
        if w.eq_ignore_ascii_case("year") || w.eq_ignore_ascii_case("year's") || w == "year’s" {
            let opening = before == Some(sentence.start);
            if lower_is(before, &["last"]) {
                out.push(NamedYear::Relative {
                    year: p_year - 1,
                    opening,
                });
            } else if lower_is(before, &["next"]) {
                out.push(NamedYear::Relative {
                    year: p_year + 1,
                    opening,
                });
            } else if lower_is(before, &["a", "one"]) && lower_is(Some(i + 1), &["ago"]) {
                out.push(NamedYear::Relative {
                    year: p_year - 1,
                    opening,
                });
            } else if lower_is(before, &["previous", "prior"])
                || lower_is(Some(i + 1), &["ago", "earlier", "before", "later"])
            {
                out.push(NamedYear::Other);
            }
        } else if ["season", "season's", "offseason", "off-season"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
            && lower_is(before, &["last", "previous", "prior"])
        {
            out.push(NamedYear::Other);
        }
    }
    out
}

/// Whether `year` appears in `sentence` of `block` as the time of what is told: right
/// after a month ("in April 1912") or opening the sentence ("In 1912, ...").
fn sets_time_frame(block: &Block, sentence: Range<usize>, year: i16) -> bool {
    let text = block.text.text();
    let cursor = TokenCursor::new(&block.tokens, text);
    let word = |i: usize| cursor.word(i);
    sentence.clone().any(|i| {
        block.tokens[i]
            .number()
            .is_some_and(|n| n.value == f64::from(year))
            && i > sentence.start
            && (word(i - 1).is_some_and(|w| article_model::text::dates::month_word(w).is_some())
                // An opening "In 1912,": the scene of the sentences after it. Not "first
                // announced in 2015", another event's year.
                || (i == sentence.start + 1
                    && word(i - 1) == Some("In")
                    && block.tokens.get(i + 1).is_some_and(|t| t.as_str(text) == ",")))
    })
}

/// The years named before the sentence of `found`, for a date without a year: those of
/// the nearest earlier sentence of its paragraph that names one, or else of the nearest
/// sentence of the paragraph before that does ("The Titanic sank in April 1912. ... The
/// Carpathia arrived in New York on 18 April."). A year in words counts only where it
/// opens its sentence ("Last year, ..."). Empty when neither names a year.
pub fn context_years(
    article: &Article,
    found: &Found,
    p_year: i16,
    min_year: i16,
) -> Vec<NamedYear> {
    let Some(sentence) = found.sentence else {
        return Vec::new();
    };
    let years_of = |block: &Block, sentences: &mut dyn Iterator<Item = Range<usize>>| {
        sentences
            .map(|s| {
                let frames = |year: i16| sets_time_frame(block, s.clone(), year);
                named_years(block, s.clone(), 0..0, p_year, min_year)
                    .into_iter()
                    // Only years in figures that set the time ("in April 1912", "In
                    // 1912,"): "a year earlier" or "the highest since 2017" compares,
                    // it does not date what follows.
                    .filter(|n| matches!(n, NamedYear::Known(year) if frames(*year)))
                    .collect::<Vec<_>>()
            })
            .find(|years| !years.is_empty())
    };
    let block = &article.body.blocks[found.block];
    if let Some(years) = years_of(
        block,
        &mut block.sentences[..sentence]
            .iter()
            .rev()
            .map(|s| s.tokens.clone()),
    ) {
        return years;
    }
    let previous = found
        .block
        .checked_sub(1)
        .map(|b| &article.body.blocks[b])
        .filter(|b| b.kind == BlockKind::Paragraph && !b.in_blockquote);
    previous
        .and_then(|b| years_of(b, &mut b.sentences.iter().rev().map(|s| s.tokens.clone())))
        .unwrap_or_default()
}
