//! `number/*`: house-style figures with few false positives.
//!
//! Every rule reads one shared analysis of the article ([`Analysis`]): the number
//! mentions of the headline, the dek and each body block, computed once per article
//! by [`article_model::text::numbers::find_numbers`] and kept in the article's memo for the rules that
//! follow. Style rules skip protected numbers (years, "F-16", "Section 219", times,
//! dates, addresses, scores…) and quotations.

mod conflict;
mod decade;
mod decimal;
mod figures;
mod form_consistency;
mod large_round;
mod mixed_forms;
mod money;
mod ordinal;
mod percent;
mod range;
mod sentence_start;
mod spell_out;
mod style;
mod thousands_separator;

use article_model::body::BlockKind;
use article_model::text::numbers::{
    NumberMention, Traits, find_numbers, find_numbers_into, may_hold_number, span_of,
};
use article_model::text::{Sentence, TextBuf, Token, TokenKind, split_sentences, tokenize};
use article_model::{Article, Memoized, Span};

pub use style::{NumberStyle, PercentStyle, ThousandsSeparator};

use crate::diagnostic::{Applicability, Diagnostic, Fix};
use crate::rule::{Rule, RuleMeta};

/// The number rules.
pub static RULES: &[&dyn Rule] = &[
    &spell_out::SpellOut,
    &figures::Figures,
    &sentence_start::SentenceStart,
    &thousands_separator::ThousandsSeparatorRule,
    &large_round::LargeRound,
    &percent::Percent,
    &ordinal::Ordinal,
    &range::Range,
    &mixed_forms::MixedForms,
    &money::Money,
    &decimal::Decimal,
    &decade::Decade,
    &conflict::Conflict,
    &form_consistency::FormConsistency,
];

/// Where a piece of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    Headline,
    Dek,
    Body { kind: BlockKind },
}

impl Place {
    pub(crate) fn is_front_matter(self) -> bool {
        matches!(self, Place::Headline | Place::Dek)
    }

    /// Running prose where the style rules apply: body paragraphs and list items
    /// (not headings, which follow headline style, nor table cells).
    pub(crate) fn is_prose(self) -> bool {
        matches!(
            self,
            Place::Body {
                kind: BlockKind::Paragraph | BlockKind::ListItem
            }
        )
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Place::Headline => "headline",
            Place::Dek => "dek",
            Place::Body { .. } => "body",
        }
    }
}

/// A headline or dek read into tokens.
struct OwnedText {
    place: Place,
    buf: TextBuf,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    mentions: Vec<NumberMention>,
}

/// The number mentions of one article.
pub(crate) struct Analysis {
    front: Vec<OwnedText>,
    /// The mentions of every body block, in one allocation, in reading order.
    block_mentions: Vec<NumberMention>,
    /// The headline, dek and blocks that hold a mention, in article order: every rule
    /// reads only the mentions (and the text around them), so the others are skipped.
    views: Vec<ViewEntry>,
    /// Where the article's recipe starts (the source offset of its first ingredient
    /// line or label), if it has one: see [`Views::prose_before_recipe`].
    recipe_from: usize,
}

/// A headline, dek or body block with mentions, as every rule walks it: read off
/// here once rather than through the block list by each of the fourteen rules.
struct ViewEntry {
    place: Place,
    source: Source,
    /// Where its mentions are: in the front text's own list, or in `block_mentions`.
    mentions: std::ops::Range<usize>,
    /// Every trait any of its mentions has: a rule that judges only mentions of some
    /// trait (percentages, ordinals, sums) passes over the views without one in a
    /// single test.
    traits: Traits,
}

/// Where a view's text is: the `n`th front matter text or body block.
#[derive(Clone, Copy)]
enum Source {
    Front(usize),
    Block(usize),
}

/// One piece of text with its tokens and number mentions.
#[derive(Clone, Copy)]
pub(crate) struct View<'a> {
    pub place: Place,
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub sentences: &'a [Sentence],
    pub mentions: &'a [NumberMention],
}

impl<'a> View<'a> {
    /// The text of tokens `range`, as in the buffer.
    pub(crate) fn range_text(&self, range: std::ops::Range<usize>) -> &'a str {
        match (
            self.tokens.get(range.start),
            range.end.checked_sub(1).and_then(|i| self.tokens.get(i)),
        ) {
            (Some(a), Some(b)) if range.start < range.end => {
                self.text.get(a.text.start..b.text.end).unwrap_or("")
            }
            _ => "",
        }
    }

    pub(crate) fn token_text(&self, index: usize) -> &'a str {
        self.tokens.get(index).map_or("", |t| t.as_str(self.text))
    }

    pub(crate) fn word(&self, index: usize) -> Option<&'a str> {
        self.tokens
            .get(index)
            .filter(|t| t.is_word())
            .map(|t| t.as_str(self.text))
    }

    pub(crate) fn span(&self, range: std::ops::Range<usize>) -> Span {
        span_of(self.tokens, range)
    }

    /// The source span of tokens `range` when the source holds exactly their text
    /// (no entity or escape in between), so an edit there is exact.
    pub(crate) fn edit_span(
        &self,
        article: &Article,
        range: std::ops::Range<usize>,
    ) -> Option<Span> {
        let span = self.span(range.clone());
        let text = self.range_text(range);
        (!text.is_empty() && article.source.text().get(span.range()) == Some(text)).then_some(span)
    }

    /// The fix replacing tokens `range` with `replacement` ("replace `2500` with
    /// `2,500`"), when the source holds exactly their text (see [`View::edit_span`]).
    pub(crate) fn replacement_fix(
        &self,
        article: &Article,
        range: std::ops::Range<usize>,
        replacement: String,
        applicability: Applicability,
    ) -> Option<Fix> {
        let edit = self.edit_span(article, range.clone())?;
        let written = self.range_text(range);
        let message = format!("replace `{written}` with `{replacement}`");
        Some(match applicability {
            Applicability::Safe => Fix::safe(message, edit, replacement),
            Applicability::Unsafe => Fix::unsafe_(message, edit, replacement),
        })
    }

    /// The index of the sentence holding token `index`.
    pub(crate) fn sentence_of(&self, index: usize) -> Option<&'a Sentence> {
        // Sentences are in reading order and do not overlap: a binary search, so a
        // paragraph of thousands of sentences does not cost a scan per mention.
        let at = self.sentences.partition_point(|s| s.tokens.end <= index);
        self.sentences
            .get(at)
            .filter(|s| s.tokens.start <= index && index < s.tokens.end)
    }

    /// The mention that forms a range with mention `k` ("between 5 and 12", "5 to
    /// 12", "5-12"), if any.
    pub(crate) fn range_partner(&self, k: usize) -> Option<usize> {
        self.partner(k, true)
    }

    /// The number joined to mention `k` by "to", "and", "or" or a dash, whether a range
    /// or a pair ("2 and 3 percent"): what one end carries may apply to both.
    pub(crate) fn joined_partner(&self, k: usize) -> Option<usize> {
        self.partner(k, false)
    }

    fn partner(&self, k: usize, range_only: bool) -> Option<usize> {
        let m = self.mentions.get(k)?;
        let joined = |a: &NumberMention, b: &NumberMention| {
            let gap = a.end_token();
            b.first_token() == gap + 1
                && match self.token_text(gap) {
                    "to" | "-" | "–" | "or" => true,
                    // "and" ends a range only after "between"; "aged four, nine and 12"
                    // is a list.
                    "and" => {
                        !range_only
                            || a.first_token()
                                .checked_sub(1)
                                .and_then(|i| self.word(i))
                                .is_some_and(|w| w.eq_ignore_ascii_case("between"))
                    }
                    _ => false,
                }
        };
        if let Some(next) = self.mentions.get(k + 1)
            && joined(m, next)
        {
            return Some(k + 1);
        }
        if let Some(prev) = k.checked_sub(1).and_then(|p| self.mentions.get(p))
            && joined(prev, m)
        {
            return Some(k - 1);
        }
        None
    }
}

/// The views of an article that hold a number mention: headline, dek, then each body
/// block. Built from the shared analysis on each iteration, without allocating.
pub(crate) struct Views<'a> {
    article: &'a Article,
    analysis: Memoized<'a, Analysis>,
}

impl<'a> Views<'a> {
    pub(crate) fn of(article: &'a Article) -> Self {
        Self {
            article,
            analysis: cached(article),
        }
    }

    /// How many mentions the article has: room enough for a rule's list of them,
    /// allocated once instead of grown.
    pub(crate) fn mention_count(&self) -> usize {
        let front: usize = self.analysis.front.iter().map(|o| o.mentions.len()).sum();
        front + self.analysis.block_mentions.len()
    }

    /// Every view with a mention, in article order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = View<'_>> {
        self.entries(|_| true)
    }

    /// The views with a mention of some trait in `any`, in article order.
    pub(crate) fn having_any(&self, any: Traits) -> impl Iterator<Item = View<'_>> {
        self.entries(move |entry| entry.traits.has_any(any))
    }

    /// The views of running prose (see [`Place::is_prose`]).
    pub(crate) fn prose(&self) -> impl Iterator<Item = View<'_>> {
        self.entries(|entry| entry.place.is_prose())
    }

    /// The views of running prose whose mentions have, between them, traits that
    /// pass `keep` (see [`ViewEntry::traits`]): a rule that judges only mentions of
    /// some trait passes over the other views without building them.
    pub(crate) fn prose_where(
        &self,
        keep: impl Fn(Traits) -> bool,
    ) -> impl Iterator<Item = View<'_>> {
        self.entries(move |entry| entry.place.is_prose() && keep(entry.traits))
    }

    /// The views whose entry passes `keep`, built only for those.
    fn entries(&self, keep: impl Fn(&ViewEntry) -> bool) -> impl Iterator<Item = View<'_>> {
        let analysis = &*self.analysis;
        analysis
            .views
            .iter()
            .filter(move |entry| keep(entry))
            .filter_map(move |entry| {
                let (text, tokens, sentences, mentions) = match entry.source {
                    Source::Front(n) => {
                        let owned = analysis.front.get(n)?;
                        (
                            owned.buf.text(),
                            &owned.tokens[..],
                            &owned.sentences[..],
                            &owned.mentions[..],
                        )
                    }
                    Source::Block(n) => {
                        let block = self.article.body.blocks.get(n)?;
                        (
                            block.text.text(),
                            &block.tokens[..],
                            &block.sentences[..],
                            &analysis.block_mentions[..],
                        )
                    }
                };
                Some(View {
                    place: entry.place,
                    text,
                    tokens,
                    sentences,
                    mentions: mentions.get(entry.mentions.clone())?,
                })
            })
    }

    /// The views of running prose before the article's recipe, if it has one: a
    /// recipe gives every amount, time and yield in figures ("- 8 tablespoons (1
    /// stick) butter", "refrigerate for 1 hour", "Makes about 2 dozen cookies"), from
    /// its first ingredient line or yield or time label to the end of the article,
    /// while the story before it follows the house style.
    pub(crate) fn prose_before_recipe(&self) -> impl Iterator<Item = View<'_>> {
        self.prose_before_recipe_where(|_| true)
    }

    /// The views of [`Views::prose_before_recipe`] whose mentions have, between them,
    /// traits that pass `keep` (see [`Views::prose_where`]).
    pub(crate) fn prose_before_recipe_where(
        &self,
        keep: impl Fn(Traits) -> bool,
    ) -> impl Iterator<Item = View<'_>> {
        let recipe_from = self.analysis.recipe_from;
        // Views come in reading order: passing some over first does not move the end.
        self.prose_where(keep).take_while(move |view| {
            view.tokens
                .first()
                .is_none_or(|t| t.span.start < recipe_from)
        })
    }
}

/// The source offset where the article's recipe starts, `usize::MAX` without one.
/// Every block counts, with or without a number ("Ingredients:" holds none). A single
/// list line of cups or spoons in a story ("- 2 tablespoons of honey") is no recipe:
/// an ingredient line opens one only with another right after.
fn recipe_start(article: &Article) -> usize {
    let blocks = &article.body.blocks;
    fn view(block: &article_model::body::Block) -> View<'_> {
        View {
            place: Place::Body { kind: block.kind },
            text: block.text.text(),
            tokens: &block.tokens,
            sentences: &block.sentences,
            mentions: &[],
        }
    }
    (0..blocks.len())
        .find(|&i| {
            let this = view(&blocks[i]);
            is_recipe_label(&this)
                || (is_ingredient_line(&this)
                    && blocks[i + 1..]
                        .iter()
                        .take(2)
                        .any(|next| is_ingredient_line(&view(next))))
        })
        .map_or(usize::MAX, |i| blocks[i].span.start)
}

/// Whether a block is a recipe's ingredient line: a list item opening with an amount
/// and a cooking measure ("- 1 ⅓ cups broth", "- 3/4 cup lime juice").
fn is_ingredient_line(view: &View<'_>) -> bool {
    if view.place
        != (Place::Body {
            kind: BlockKind::ListItem,
        })
    {
        return false;
    }
    let first_is_amount = view.tokens.first().is_some_and(|t| {
        matches!(t.kind, TokenKind::Number(_) | TokenKind::Numeric)
            || t.as_str(view.text)
                .chars()
                .next()
                .is_some_and(|c| matches!(c, '¼'..='¾' | '⅐'..='⅞'))
    });
    first_is_amount
        && view.place
            == (Place::Body {
                kind: BlockKind::ListItem,
            })
        && (1..4).any(|i| {
            view.word(i).is_some_and(|w| {
                matches!(
                    w,
                    "cup"
                        | "cups"
                        | "tablespoon"
                        | "tablespoons"
                        | "teaspoon"
                        | "teaspoons"
                        | "tbsp"
                        | "tsp"
                        | "pinch"
                        | "clove"
                        | "cloves"
                        | "sprig"
                        | "sprigs"
                )
            })
        })
}

/// Whether a block is a recipe's yield or time label ("Start to finish: 4 hours",
/// "Servings: 6", "Makes 12", "Yield: 2 loaves").
fn is_recipe_label(view: &View<'_>) -> bool {
    // Most blocks open with another letter: one byte decides.
    if !view
        .text
        .as_bytes()
        .first()
        .is_some_and(|b| b"SYIPCTAM".contains(b))
    {
        return false;
    }
    let followed_by = |i: usize, text: &str| view.token_text(i) == text;
    let figure_at = |i: usize| {
        view.tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Number(_)))
    };
    match view.word(0) {
        Some("Start") => view.word(1) == Some("to") && view.word(2) == Some("finish"),
        Some("Servings" | "Yield" | "Ingredients" | "INGREDIENTS") => followed_by(1, ":"),
        Some("Prep" | "Cook" | "Total" | "Active") => {
            view.word(1) == Some("time") && followed_by(2, ":")
        }
        Some("Makes" | "Serves") => figure_at(1) || (view.word(1) == Some("about") && figure_at(2)),
        _ => false,
    }
}

/// The number analysis of `article`, computed once and kept in the article's memo.
fn cached(article: &Article) -> Memoized<'_, Analysis> {
    article.memo.get_or_insert_with(|| analyze(article))
}

fn analyze(article: &Article) -> Analysis {
    let mut front = Vec::new();
    for (pointer, place) in [("/title", Place::Headline), ("/subtitle", Place::Dek)] {
        // A headline or dek without a digit or a number word (most of them) holds no
        // mention: it is not tokenized.
        let Some(buf) = scalar_text(article, pointer).filter(|buf| may_hold_number(buf.text()))
        else {
            continue;
        };
        let tokens = tokenize(&buf);
        let sentences = split_sentences(&tokens, buf.text(), 0);
        let mentions = find_numbers(&tokens, buf.text(), &sentences);
        front.push(OwnedText {
            place,
            buf,
            tokens,
            sentences,
            mentions,
        });
    }
    let union = |mentions: &[NumberMention]| {
        mentions
            .iter()
            .fold(Traits::NONE, |all, m| all.and(m.traits()))
    };
    let mut views = Vec::with_capacity(front.len() + article.body.blocks.len());
    for (n, owned) in front.iter().enumerate() {
        if !owned.mentions.is_empty() {
            views.push(ViewEntry {
                place: owned.place,
                source: Source::Front(n),
                mentions: 0..owned.mentions.len(),
                traits: union(&owned.mentions),
            });
        }
    }
    // Room for the mentions of a typical article (a few dozen), so the Vec of 200-byte
    // mentions is not copied over and over as it grows.
    let mut block_mentions = Vec::with_capacity(64);
    for (n, block) in article.body.blocks.iter().enumerate() {
        let start = block_mentions.len();
        find_numbers_into(
            &block.tokens,
            block.text.text(),
            &block.sentences,
            &mut block_mentions,
        );
        if let Some(found) = block_mentions
            .get(start..)
            .filter(|found| !found.is_empty())
        {
            views.push(ViewEntry {
                place: Place::Body { kind: block.kind },
                source: Source::Block(n),
                mentions: start..block_mentions.len(),
                traits: union(found),
            });
        }
    }
    Analysis {
        front,
        block_mentions,
        views,
        recipe_from: recipe_start(article),
    }
}

/// A front matter string value as text mapped to the source: plain scalars as they
/// are, quoted ones without escapes between their quotes; block scalars are skipped.
fn scalar_text(article: &Article, pointer: &str) -> Option<TextBuf> {
    // A top-level key: `get` spares serde_json's pointer parsing, which allocates.
    let key = pointer.strip_prefix('/')?;
    let value = article.front_matter.value.get(key)?.as_str()?;
    let span = article.front_matter.spans.get(pointer)?.value;
    let raw = article.source.text().get(span.range())?;
    if raw == value {
        return Some(TextBuf::verbatim(raw, span.start));
    }
    for quote in ['"', '\''] {
        if raw.len() >= 2 && raw.starts_with(quote) && raw.ends_with(quote) {
            let inner = &raw[1..raw.len() - 1];
            if inner == value {
                return Some(TextBuf::verbatim(inner, span.start + 1));
            }
        }
    }
    None
}

/// A finding of `meta`'s rule at its default severity. Cold: a rule reports a handful
/// of the mentions it walks, so the compiler moves the code that builds a finding
/// (messages, labels, fixes) out of the rules' loops, which stay small in the
/// instruction cache.
#[cold]
pub(crate) fn finding(
    meta: &'static RuleMeta,
    message: impl Into<String>,
    span: Span,
) -> Diagnostic {
    Diagnostic::new(meta.code, meta.default_severity(), message, span)
}

/// The figure text of a mention: its digits without ordinal suffix or magnitude.
pub(crate) fn figure_range(m: &NumberMention) -> Option<std::ops::Range<usize>> {
    let start = m.figure?;
    let end = m
        .ordinal_suffix
        .or(m.magnitude.map(|mag| mag.token))
        .unwrap_or(m.tokens.end);
    Some(start..end.max(start + 1))
}

/// "1.000 buses", "25.500 people": a point where English copy groups thousands with a
/// comma (the continental style). Whole things are not counted to three decimals, so a
/// figure with exactly three, before a plural noun and with nothing else attached, is
/// taken for a thousands separator written as a point (by number/thousands-separator;
/// number/decimal then leaves it alone).
pub(crate) fn point_as_thousands(view: &View<'_>, m: &NumberMention) -> bool {
    let excluded = Traits::CURRENCY
        .and(Traits::UNIT)
        .and(Traits::PERCENT)
        .and(Traits::MAGNITUDE)
        .and(Traits::ORDINAL)
        .and(Traits::AGE)
        .and(Traits::PROTECTED)
        .and(Traits::QUOTED);
    m.number
        .is_some_and(|n| n.decimals == 3 && (1..=3).contains(&n.integer_digits) && n.value >= 1.0)
        && m.traits().fits(Traits::DIGITS.and(Traits::NOUN), excluded)
        && m.noun
            .map(|noun| view.token_text(noun))
            .is_some_and(|noun| {
                // "2.135 seconds ahead": a timing has three decimals; "is 1.000 this
                // season": a word ending in "s" that is no plural noun.
                (noun.ends_with('s')
                    && !matches!(
                        noun,
                        "seconds"
                            | "minutes"
                            | "hours"
                            | "points"
                            | "laps"
                            | "this"
                            | "its"
                            | "his"
                            | "thus"
                            | "plus"
                            | "less"
                            | "unless"
                            | "across"
                            | "versus"
                    ))
                    || matches!(noun, "people" | "children" | "men" | "women")
            })
}

/// Runs every number rule on an article (used by tests and benchmarks).
pub fn check_all(article: &Article, ctx: &crate::context::Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in RULES {
        rule.check(article, ctx, &mut out);
    }
    out
}
